package org.kam.devplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A development plan as stored, with its milestones and stakeholders.
 *
 * @param progress done milestones ÷ all milestones in percent, 0 when there are none
 */
public record DevelopmentPlan(long id, long accountId, LocalDate periodStart, LocalDate periodEnd, String title,
		String goals, BigDecimal revenueTarget, String currency, String newProductLines, String cooperation,
		int progress, List<Milestone> milestones, List<Stakeholder> stakeholders, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, long version) {

	/** Progress in percent from the milestones' statuses. */
	public static int progress(List<MilestoneStatus> statuses) {
		if (statuses.isEmpty()) {
			return 0;
		}
		long done = statuses.stream().filter(s -> s == MilestoneStatus.DONE).count();
		return (int) (done * 100 / statuses.size());
	}

	/**
	 * The earliest due date of the open (PLANNED, IN_PROGRESS) milestones, null when none
	 * has one: stored with the plan for the list across accounts.
	 */
	static LocalDate nextMilestoneDue(List<MilestoneForm> milestones) {
		return milestones.stream()
			.filter(m -> m.dueOn() != null)
			.filter(m -> m.statusOrPlanned() == MilestoneStatus.PLANNED
					|| m.statusOrPlanned() == MilestoneStatus.IN_PROGRESS)
			.map(MilestoneForm::dueOn)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

	DevelopmentPlan with(List<Milestone> m, List<Stakeholder> s) {
		return new DevelopmentPlan(id, accountId, periodStart, periodEnd, title, goals, revenueTarget, currency,
				newProductLines, cooperation, progress, m, s, createdAt, updatedAt, version);
	}

}
