package org.kam.sales.domain;

import java.time.LocalDate;

/**
 * Filters of the cross-account order list; every one is optional. {@code product} matches
 * any line whose product contains the text, case-insensitively.
 */
public record SalesFilter(Long accountId, Long salespersonId, LocalDate from, LocalDate to, String product) {

	public static SalesFilter none() {
		return new SalesFilter(null, null, null, null, null);
	}

}
