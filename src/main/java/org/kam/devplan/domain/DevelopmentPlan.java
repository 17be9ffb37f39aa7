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

	DevelopmentPlan with(List<Milestone> m, List<Stakeholder> s) {
		return new DevelopmentPlan(id, accountId, periodStart, periodEnd, title, goals, revenueTarget, currency,
				newProductLines, cooperation, progress, m, s, createdAt, updatedAt, version);
	}

}
