package org.kam.sales.domain;

import java.util.Locale;

import org.kam.shared.InvalidInputException;

/** The periods statistics are grouped by, with the SQL that extracts them. */
public enum StatsPeriod {

	MONTH("extract(month from order_date)"), QUARTER("extract(quarter from order_date)"), YEAR("0");

	private final String partSql;

	StatsPeriod(String partSql) {
		this.partSql = partSql;
	}

	String partSql() {
		return partSql;
	}

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static StatsPeriod parse(String by) {
		if (by == null || by.isBlank()) {
			return MONTH;
		}
		try {
			return valueOf(by.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("by", "sales.validation.by", "must be month, quarter or year");
		}
	}

	String label(int year, int part) {
		return switch (this) {
			case MONTH -> String.format(Locale.ROOT, "%d-%02d", year, part);
			case QUARTER -> year + "-Q" + part;
			case YEAR -> Integer.toString(year);
		};
	}

}
