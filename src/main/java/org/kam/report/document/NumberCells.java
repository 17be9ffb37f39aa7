package org.kam.report.document;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which report texts are numbers in a workbook, and the Excel number format that shows
 * them as the report does: 1,234 stays grouped, 2026 (a year) does not, 12.5% is the
 * fraction 0.125 shown as a percentage. Codes with leading zeros, dates, phone numbers
 * and amounts with a currency sign stay text.
 */
final class NumberCells {

	/** At most nine digits without grouping: longer digit strings are codes or phones. */
	private static final Pattern NUMBER = Pattern
		.compile("([+\\-\u2212]?)((?:[1-9]\\d{0,2}(?:,\\d{3})+)|0|[1-9]\\d{0,8})(?:\\.(\\d{1,6}))?(%?)");

	private NumberCells() {
	}

	record Parsed(BigDecimal value, String format) {
	}

	static Parsed parse(String text) {
		if (text == null) {
			return null;
		}
		Matcher m = NUMBER.matcher(text.strip());
		if (!m.matches()) {
			return null;
		}
		String decimals = m.group(3) == null ? "" : m.group(3);
		boolean grouped = m.group(2).contains(",");
		boolean percent = !m.group(4).isEmpty();
		BigDecimal value = new BigDecimal(m.group(2).replace(",", "") + (decimals.isEmpty() ? "" : "." + decimals));
		if (!m.group(1).isEmpty() && m.group(1).charAt(0) != '+') {
			value = value.negate();
		}
		String format = (grouped ? "#,##0" : "0") + fraction(decimals.length());
		return percent ? new Parsed(value.movePointLeft(2), format + "%") : new Parsed(value, format);
	}

	/** A figure's value: grouped, with the decimals it has (at most two shown always). */
	static String grouped(BigDecimal value) {
		return "#,##0" + fraction(Math.min(2, Math.max(0, value.stripTrailingZeros().scale())));
	}

	/** A change in points: +5, −50, 0. */
	static String signed(BigDecimal value) {
		String body = grouped(value);
		return "+" + body + ";-" + body + ";" + body;
	}

	/** A change in percent, given in percent (12.5): +12.5%, −3%, 0%. */
	static String signedPercent(BigDecimal percent) {
		String body = "0" + fraction(Math.min(1, Math.max(0, percent.stripTrailingZeros().scale()))) + "%";
		return "+" + body + ";-" + body + ";" + body;
	}

	private static String fraction(int digits) {
		return digits == 0 ? "" : "." + "0".repeat(digits);
	}

}
