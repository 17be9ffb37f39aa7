package org.kam.serviceplan.domain;

/**
 * Filters of the cross-account list; {@code openOnly} keeps PLANNED and IN_PROGRESS (the
 * page's default view of overdue and upcoming items).
 */
public record ServicePlanFilter(Long accountId, Long responsibleId, Boolean overdue, ServicePlanStatus status,
		boolean openOnly) {

	public static ServicePlanFilter none() {
		return new ServicePlanFilter(null, null, null, null, false);
	}

}
