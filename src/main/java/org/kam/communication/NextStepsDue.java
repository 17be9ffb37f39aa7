package org.kam.communication;

import java.time.LocalDate;
import java.util.List;

/**
 * One user's open next steps as "my day" shows them: how many are overdue, due today and
 * due in the coming week, the ones of today and the coming week first (earliest first),
 * then the overdue ones (most recently due first), each list short.
 *
 * @param overdueCount open next steps due before today, counted up to {@link #COUNT_CAP}
 * + 1
 * @param todayCount those due today, counted the same way
 * @param weekCount those due after today within the coming week, counted the same way
 * @param upcoming the first of today's and the coming week's
 * @param overdue the most recently due of the overdue ones
 * @param today today in the company's time zone, the day the counts are of
 */
public record NextStepsDue(long overdueCount, long todayCount, long weekCount, List<DueNextStep> upcoming,
		List<DueNextStep> overdue, LocalDate today) {

	/** A count above this shows as "99+": the page needs the order of magnitude only. */
	public static final int COUNT_CAP = 99;

	public String overdueShown() {
		return shown(overdueCount);
	}

	public String todayShown() {
		return shown(todayCount);
	}

	public String weekShown() {
		return shown(weekCount);
	}

	/** A count as the page shows it. */
	static String shown(long count) {
		return count > COUNT_CAP ? COUNT_CAP + "+" : Long.toString(count);
	}

}
