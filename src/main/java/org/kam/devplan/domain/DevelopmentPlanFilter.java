package org.kam.devplan.domain;

import java.time.LocalDate;

/**
 * Filters of the list across accounts; null means "any". {@code from}/{@code to} keep the
 * plans whose period overlaps that range (both days included); {@code overdue} keeps the
 * plans with (true) or without (false) an open milestone due before today.
 *
 * @param ownerId the owner of the plan's account (its key account manager)
 */
public record DevelopmentPlanFilter(Long accountId, Long ownerId, LocalDate from, LocalDate to, Boolean overdue) {

	public static DevelopmentPlanFilter none() {
		return new DevelopmentPlanFilter(null, null, null, null, null);
	}

}
