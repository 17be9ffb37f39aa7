package org.kam.market.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers: a date range, written as a label when it is a calendar year
 * ({@code 2026}), half ({@code 2026-H1}), quarter ({@code 2026-Q3}) or month
 * ({@code 2026-05}).
 */
public record MarketReportPeriod(LocalDate start, LocalDate end) {

	public static final int MIN_YEAR = 1900;

	public static final int MAX_YEAR = 2200;

	private static final Pattern LABEL = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]|\\d{2}))?");

	/** The period a label names, or empty when the text is no label. */
	public static Optional<MarketReportPeriod> parse(String label) {
		if (label == null) {
			return Optional.empty();
		}
		Matcher m = LABEL.matcher(label.trim().toUpperCase(Locale.ROOT));
		if (!m.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(m.group(1));
		if (year < MIN_YEAR || year > MAX_YEAR) {
			return Optional.empty();
		}
		String part = m.group(2);
		if (part == null) {
			return Optional.of(months(year, 1, 12));
		}
		return switch (part.charAt(0)) {
			case 'H' -> {
				int half = part.charAt(1) - '0';
				yield Optional.of(months(year, half * 6 - 5, half * 6));
			}
			case 'Q' -> {
				int quarter = part.charAt(1) - '0';
				yield Optional.of(months(year, quarter * 3 - 2, quarter * 3));
			}
			default -> {
				int month = Integer.parseInt(part);
				yield month < 1 || month > 12 ? Optional.empty() : Optional.of(months(year, month, month));
			}
		};
	}

	/**
	 * The label of the period, or {@code null} when it is no whole year, half, quarter or
	 * month.
	 */
	public String label() {
		if (start.getDayOfMonth() != 1 || !end.equals(YearMonth.from(end).atEndOfMonth())
				|| start.getYear() != end.getYear()) {
			return null;
		}
		int first = start.getMonthValue();
		int last = end.getMonthValue();
		int year = start.getYear();
		if (first == 1 && last == 12) {
			return String.valueOf(year);
		}
		if (last - first == 5 && (first == 1 || first == 7)) {
			return year + "-H" + (first == 1 ? 1 : 2);
		}
		if (last - first == 2 && first % 3 == 1) {
			return year + "-Q" + (first / 3 + 1);
		}
		if (first == last) {
			return "%d-%02d".formatted(year, first);
		}
		return null;
	}

	public boolean withinSupportedYears() {
		return start.getYear() >= MIN_YEAR && end.getYear() <= MAX_YEAR;
	}

	private static MarketReportPeriod months(int year, int firstMonth, int lastMonth) {
		return new MarketReportPeriod(LocalDate.of(year, firstMonth, 1), YearMonth.of(year, lastMonth).atEndOfMonth());
	}

}
