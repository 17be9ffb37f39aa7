package org.kam.serviceplan.web;

import org.kam.serviceplan.domain.ServicePlanFilter;
import org.kam.serviceplan.domain.ServicePlanStatus;
import org.kam.shared.Paged;

/**
 * The parameters of the API's service plans across accounts; unlike the page, which
 * starts from the user's open items, every filter here is explicit.
 */
public record ServicePlanSearchQuery(Long accountId, Long responsibleId, Boolean overdue, ServicePlanStatus status,
		Integer page, Integer size, String sort) implements Paged {

	ServicePlanFilter filter() {
		return new ServicePlanFilter(accountId, responsibleId, overdue, status, false);
	}

}
