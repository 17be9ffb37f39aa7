package org.kam.devplan.domain;

import java.time.OffsetDateTime;
import java.util.List;

import org.kam.account.TimelineEntry;
import org.kam.account.TimelineSource;
import org.kam.devplan.DevelopmentPlanKind;
import org.kam.shared.RecordKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Development plans on the account's timeline, by their last change. */
@Component
class DevelopmentPlanTimeline implements TimelineSource {

	private final DevelopmentPlans plans;

	private final MessageSource messages;

	DevelopmentPlanTimeline(DevelopmentPlans plans, MessageSource messages) {
		this.plans = plans;
		this.messages = messages;
	}

	@Override
	public RecordKind kind() {
		return DevelopmentPlanKind.KIND;
	}

	@Override
	public List<TimelineEntry> entries(long accountId, OffsetDateTime before, int limit) {
		var locale = LocaleContextHolder.getLocale();
		return plans.changedBefore(accountId, before, limit)
			.stream()
			.map(p -> new TimelineEntry(DevelopmentPlanKind.KIND, p.updatedAt(), p.title(),
					messages.getMessage(
							p.createdAt().equals(p.updatedAt()) ? "devplan.timeline.created"
									: "devplan.timeline.updated",
							new Object[] { p.periodStart(), p.periodEnd(), p.progress() }, "", locale),
					"/accounts/" + accountId + "/development-plans/" + p.id()))
			.toList();
	}

}
