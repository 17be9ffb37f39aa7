package org.kam.serviceplan.web;

import org.kam.identity.CurrentUser;
import org.kam.serviceplan.domain.ServicePlanFilter;
import org.kam.serviceplan.domain.ServicePlanStatus;
import org.kam.shared.ListLinks;
import org.kam.shared.Paged;

/**
 * The state of the service plans page, all of it in the URL. Without parameters it shows
 * the user's open items (overdue first, then upcoming): {@code who=all} widens it to
 * everyone's plans the user may read, {@code status=ANY} includes done and cancelled.
 */
public record ServicePlanListQuery(String who, String status, Boolean overdue, Long accountId, Integer page,
		Integer size) implements Paged {

	static final String ANY = "ANY";

	public boolean everyone() {
		return "all".equals(who);
	}

	ServicePlanFilter filter(CurrentUser user) {
		ServicePlanStatus chosen = status == null || status.isBlank() || ANY.equals(status) ? null
				: ServicePlanStatus.valueOf(status);
		boolean openOnly = (status == null || status.isBlank());
		return new ServicePlanFilter(accountId, everyone() ? null : user.id(), overdue, chosen, openOnly);
	}

	public String withPage(int newPage) {
		return links().toPage(newPage);
	}

	ListLinks links() {
		return ListLinks.to("/service-plans")
			.with("who", who)
			.with("status", status)
			.with("overdue", overdue)
			.with("accountId", accountId)
			.with(ListLinks.PAGE, page)
			.with(ListLinks.SIZE, size);
	}

}
