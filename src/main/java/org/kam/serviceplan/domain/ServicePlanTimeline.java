package org.kam.serviceplan.domain;

import java.time.OffsetDateTime;
import java.util.List;

import org.kam.account.TimelineEntry;
import org.kam.account.TimelineSource;
import org.kam.serviceplan.ServicePlanKind;
import org.kam.shared.RecordKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Service plans on the account's timeline, by their last change. */
@Component
class ServicePlanTimeline implements TimelineSource {

	private final ServicePlans plans;

	private final ServicePlanService service;

	private final MessageSource messages;

	ServicePlanTimeline(ServicePlans plans, ServicePlanService service, MessageSource messages) {
		this.plans = plans;
		this.service = service;
		this.messages = messages;
	}

	@Override
	public RecordKind kind() {
		return ServicePlanKind.KIND;
	}

	@Override
	public List<TimelineEntry> entries(long accountId, OffsetDateTime before, int limit) {
		var locale = LocaleContextHolder.getLocale();
		return plans.changedBefore(accountId, before, limit, service.today())
			.stream()
			.map(p -> new TimelineEntry(ServicePlanKind.KIND, p.updatedAt(), p.service(),
					messages.getMessage("serviceplan.status." + p.status(), null, p.status().name(), locale)
							+ (p.nextDueOn() == null ? "" : " · " + p.nextDueOn()),
					"/accounts/" + accountId + "?tab=" + ServicePlanKind.KIND.tab().segment()))
			.toList();
	}

}
