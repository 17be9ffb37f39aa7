package org.kam.market.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A market analysis report as a reader sees it.
 *
 * @param period the period's label ({@code 2026-H1}) when the dates are exactly a year, a
 * half, a quarter or a month, else {@code null}
 * @param othersShare what the listed competitors leave of 100%
 * @param accountIds the linked accounts the reader may read
 * @param accounts the same accounts with their names
 * @param hiddenAccounts how many linked accounts the reader may not read (named nowhere)
 * @param authorId who created the report
 */
public record MarketReport(long id, String title, String industry, String province, String city, LocalDate periodStart,
		LocalDate periodEnd, String period, BigDecimal marketSize, String currency, BigDecimal growthRate,
		List<Competitor> competitors, BigDecimal othersShare, String demandNotes, List<Long> accountIds,
		List<LinkedAccount> accounts, int hiddenAccounts, Long authorId, Long updatedBy, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, long version) {

	public MarketReport {
		competitors = List.copyOf(competitors);
		accountIds = List.copyOf(accountIds);
		accounts = List.copyOf(accounts);
	}

	/** The region as one line, e.g. "广东省 深圳市". */
	public String region() {
		String text = ((province == null ? "" : province) + " " + (city == null ? "" : city)).trim();
		return text.isEmpty() ? null : text;
	}

}
