package org.kam.serviceplan.domain;

/** Where a service plan stands; PLANNED and IN_PROGRESS are open and may fall overdue. */
public enum ServicePlanStatus {

	PLANNED, IN_PROGRESS, DONE, CANCELLED;

	public boolean open() {
		return this == PLANNED || this == IN_PROGRESS;
	}

}
