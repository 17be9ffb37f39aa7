package org.kam.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kam.shared.InvalidInputException;

/**
 * The month ({@code 2026-10}) or quarter ({@code 2026-Q3}) a report covers, in the
 * company's time zone.
 *
 * @param kind month or quarter
 * @param year the calendar year
 * @param number the month (1–12) or the quarter (1–4)
 * @param zone the company's time zone, which turns the dates into moments
 */
public record ReportPeriod(Kind kind, int year, int number, ZoneId zone) {

	/** Years a report may cover: the archive holds nothing older. */
	public static final int FIRST_YEAR = 2000;

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq](\\d)");

	public enum Kind {

		MONTH, QUARTER

	}

	public ReportPeriod {
		int max = kind == Kind.MONTH ? 12 : 4;
		if (number < 1 || number > max || year < 1 || year > 9999) {
			throw new IllegalArgumentException("no such period: " + year + " " + kind + " " + number);
		}
	}

	/**
	 * Reads {@code 2026-10} or {@code 2026-Q3}; anything else, and a period that has not
	 * begun on {@code today}, is a 400 on the field {@code period}.
	 */
	public static ReportPeriod parse(String text, LocalDate today, ZoneId zone) {
		String value = text == null ? "" : text.trim();
		ReportPeriod period = null;
		Matcher month = MONTH.matcher(value);
		Matcher quarter = QUARTER.matcher(value);
		if (month.matches()) {
			period = valid(Kind.MONTH, Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), zone);
		}
		else if (quarter.matches()) {
			period = valid(Kind.QUARTER, Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)), zone);
		}
		if (period == null) {
			throw new InvalidInputException("period", "report.validation.period.format",
					"must be a month such as 2026-10 or a quarter such as 2026-Q3, from " + FIRST_YEAR,
					String.valueOf(FIRST_YEAR));
		}
		if (period.start().isAfter(today)) {
			throw new InvalidInputException("period", "report.validation.period.future",
					"has not begun yet: a report covers a past or the current period");
		}
		return period;
	}

	private static ReportPeriod valid(Kind kind, int year, int number, ZoneId zone) {
		int max = kind == Kind.MONTH ? 12 : 4;
		return number < 1 || number > max || year < FIRST_YEAR ? null : new ReportPeriod(kind, year, number, zone);
	}

	/** The first day. */
	public LocalDate start() {
		return kind == Kind.MONTH ? LocalDate.of(year, number, 1) : LocalDate.of(year, (number - 1) * 3 + 1, 1);
	}

	/** The day after the last day. */
	public LocalDate endExclusive() {
		return start().plusMonths(kind == Kind.MONTH ? 1 : 3);
	}

	/** The first day's midnight in the company's zone (inclusive). */
	public OffsetDateTime startTime() {
		return start().atStartOfDay(zone).toOffsetDateTime();
	}

	/** The midnight after the last day in the company's zone (exclusive). */
	public OffsetDateTime endTime() {
		return endExclusive().atStartOfDay(zone).toOffsetDateTime();
	}

	/**
	 * The period of the same kind just before: 2026-Q1 before 2026-Q2, 2025-12 before
	 * 2026-01.
	 */
	public ReportPeriod previous() {
		if (kind == Kind.MONTH) {
			YearMonth before = YearMonth.of(year, number).minusMonths(1);
			return new ReportPeriod(kind, before.getYear(), before.getMonthValue(), zone);
		}
		return number == 1 ? new ReportPeriod(kind, year - 1, 4, zone) : new ReportPeriod(kind, year, number - 1, zone);
	}

	/** Whether {@code today} falls inside: the period's figures are not final yet. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(start()) && day.isBefore(endExclusive());
	}

	/** {@code 2026-10} or {@code 2026-Q3}, as parsed. */
	public String code() {
		return kind == Kind.MONTH ? String.format("%04d-%02d", year, number) : String.format("%04d-Q%d", year, number);
	}

	@Override
	public String toString() {
		return code();
	}

}
