package org.kam.market.web;

import java.time.LocalDate;

import org.kam.market.domain.MarketReportFilter;
import org.kam.market.domain.MarketReportPeriod;
import org.kam.shared.InvalidInputException;
import org.kam.shared.ListLinks;
import org.kam.shared.Paged;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The report list's state, all of it in the URL (the page) or the query string (the API).
 * The period is a label ({@code 2026-H1}) or dates; a report matches when its period
 * overlaps them.
 */
public record MarketReportQuery(String q, String industry, String province, String city, String period,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd, Long accountId, Integer page, Integer size,
		String sort) implements Paged {

	static final String DEFAULT_SORT = "periodEnd,desc";

	public MarketReportFilter filter() {
		LocalDate from = periodStart;
		LocalDate to = periodEnd;
		if (period != null && !period.isBlank()) {
			if (periodStart != null || periodEnd != null) {
				throw new InvalidInputException("period", "market.validation.filter.period",
						"give a period label or periodStart/periodEnd, not both");
			}
			MarketReportPeriod parsed = MarketReportPeriod.parse(period)
				.orElseThrow(() -> new InvalidInputException("period", "market.validation.period.label",
						"must be a year (2026), a half (2026-H1), a quarter (2026-Q3) or a month (2026-05)", period));
			from = parsed.start();
			to = parsed.end();
		}
		return new MarketReportFilter(q, industry, province, city, from, to, accountId);
	}

	public String sortOrDefault() {
		return sort == null || sort.isBlank() ? DEFAULT_SORT : sort;
	}

	public boolean hasFilters() {
		return !filter().equals(MarketReportFilter.none());
	}

	public String withPage(int newPage) {
		return links().toPage(newPage);
	}

	/** A header link: ascending first, descending when it is already ascending. */
	public String withSort(String field) {
		return links().sortedBy(ListLinks.ascendingFirst(sortOrDefault(), field));
	}

	/** "ascending", "descending" or "none", for aria-sort on the column header. */
	public String sortState(String field) {
		return ListLinks.sortState(sortOrDefault(), field);
	}

	ListLinks links() {
		return ListLinks.to("/market-reports")
			.with("q", q)
			.with("industry", industry)
			.with("province", province)
			.with("city", city)
			.with("period", period)
			.with("periodStart", periodStart)
			.with("periodEnd", periodEnd)
			.with("accountId", accountId)
			.with(ListLinks.PAGE, page)
			.with(ListLinks.SIZE, size)
			.with(ListLinks.SORT, sort);
	}

}
