package org.kam.serviceplan.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A service plan as stored, with its account's name and whether it is overdue today.
 *
 * @param nextDueOn the open occurrence: the due date, or the next date of the series
 * @param lastDoneOn the occurrence completed last, for recurring plans
 * @param overdue open and due before today
 */
public record ServicePlan(long id, long accountId, String accountName, String service, ServiceMethod method,
		long responsibleId, ServicePlanStatus status, Recurrence recurrence, LocalDate dueOn, LocalDate startsOn,
		LocalDate endsOn, LocalDate nextDueOn, LocalDate lastDoneOn, boolean overdue, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, long version) {

	public boolean recurring() {
		return recurrence != Recurrence.NONE;
	}

}
