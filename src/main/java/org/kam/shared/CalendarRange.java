package org.kam.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The years a date or time may have anywhere in KAM: 1 to 9999. Java reads year 0, year
 * -1 and year 10000 happily, but no record is that old or that far ahead, and such a date
 * breaks exports, reports and PostgreSQL (which has no year 0).
 */
public final class CalendarRange {

	public static final int FIRST_YEAR = 1;

	public static final int LAST_YEAR = 9999;

	/** Message key of the refusal, and its English text. */
	public static final String MESSAGE_KEY = "validation.date.range";

	public static final String MESSAGE = "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR;

	private CalendarRange() {
	}

	/**
	 * Whether the date or time falls in the range; a value without a year (a time of day)
	 * always does.
	 */
	public static boolean contains(TemporalAccessor value) {
		if (value == null) {
			return true;
		}
		TemporalAccessor dated = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
		if (!dated.isSupported(ChronoField.YEAR)) {
			return true;
		}
		int year = dated.get(ChronoField.YEAR);
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

}
