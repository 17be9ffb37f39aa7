package org.kam.market.domain;

import java.time.LocalDate;

/**
 * The filters of the report list; every one is optional and they combine with AND. A
 * report matches the period when its period overlaps [{@code from}, {@code to}].
 */
public record MarketReportFilter(String q, String industry, String province, String city, LocalDate from, LocalDate to,
		Long accountId) {

	public static MarketReportFilter none() {
		return new MarketReportFilter(null, null, null, null, null, null, null);
	}

	public MarketReportFilter forAccount(long id) {
		return new MarketReportFilter(q, industry, province, city, from, to, id);
	}

}
