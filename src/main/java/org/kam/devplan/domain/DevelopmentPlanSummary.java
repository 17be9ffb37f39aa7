package org.kam.devplan.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A plan as the list across accounts shows it: without goals, milestones and
 * stakeholders.
 *
 * @param ownerId the owner of the account, null when it has none
 * @param nextMilestoneDue the earliest due date of the open milestones
 * @param overdue whether that date is before today
 */
public record DevelopmentPlanSummary(long id, long accountId, String accountName, Long ownerId, String title,
		LocalDate periodStart, LocalDate periodEnd, int progress, LocalDate nextMilestoneDue, boolean overdue,
		OffsetDateTime updatedAt, long version) {

}
