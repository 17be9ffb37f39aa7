package org.kam.serviceplan.domain;

import java.time.LocalDate;

/** How often a service plan comes due. */
public enum Recurrence {

	NONE, WEEKLY, MONTHLY, QUARTERLY, YEARLY;

	/**
	 * The {@code n}-th occurrence counted from the first; counted from the first rather
	 * than from the previous one so that a plan starting on the 31st stays on month ends.
	 */
	public LocalDate occurrence(LocalDate first, long n) {
		return switch (this) {
			case NONE -> first;
			case WEEKLY -> first.plusWeeks(n);
			case MONTHLY -> first.plusMonths(n);
			case QUARTERLY -> first.plusMonths(3 * n);
			case YEARLY -> first.plusYears(n);
		};
	}

	/** The first occurrence strictly after {@code date}, or the first one if none. */
	public LocalDate firstAfter(LocalDate first, LocalDate date) {
		if (this == NONE || date == null || date.isBefore(first)) {
			return first;
		}
		long n = 0;
		LocalDate occurrence = first;
		while (!occurrence.isAfter(date)) {
			occurrence = occurrence(first, ++n);
		}
		return occurrence;
	}

}
