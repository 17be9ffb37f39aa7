package org.kam.market.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.kam.market.domain.MarketReportFilter;
import org.kam.market.domain.MarketReportPeriod;
import org.kam.shared.InvalidInputException;
import org.kam.shared.PageQuery;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The report list's state, all of it in the URL (the page) or the query string (the API).
 * The period is a label ({@code 2026-H1}) or dates; a report matches when its period
 * overlaps them.
 */
public record MarketReportQuery(String q, String industry, String province, String city, String period,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd, Long accountId, Integer page, Integer size,
		String sort) {

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

	public PageQuery pageQuery() {
		return new PageQuery(page == null ? 0 : page, size == null ? PageQuery.DEFAULT_SIZE : size);
	}

	public String sortOrDefault() {
		return sort == null || sort.isBlank() ? DEFAULT_SORT : sort;
	}

	public boolean hasFilters() {
		return !filter().equals(MarketReportFilter.none());
	}

	public String withPage(int newPage) {
		return new MarketReportQuery(q, industry, province, city, period, periodStart, periodEnd, accountId, newPage,
				size, sort)
			.url();
	}

	/** A header link: ascending first, descending when it is already ascending. */
	public String withSort(String field) {
		String next = sortOrDefault().equals(field + ",asc") ? field + ",desc" : field + ",asc";
		return new MarketReportQuery(q, industry, province, city, period, periodStart, periodEnd, accountId, null, size,
				next)
			.url();
	}

	/** "ascending", "descending" or "none", for aria-sort on the column header. */
	public String sortState(String field) {
		String current = sortOrDefault();
		if (current.equals(field) || current.equals(field + ",asc")) {
			return "ascending";
		}
		return current.equals(field + ",desc") ? "descending" : "none";
	}

	public String url() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("q", q);
		params.put("industry", industry);
		params.put("province", province);
		params.put("city", city);
		params.put("period", period);
		params.put("periodStart", periodStart);
		params.put("periodEnd", periodEnd);
		params.put("accountId", accountId);
		params.put("page", page == null || page == 0 ? null : page);
		params.put("size", size == null || size == PageQuery.DEFAULT_SIZE ? null : size);
		params.put("sort", sort == null || sort.isBlank() ? null : sort);
		StringJoiner query = new StringJoiner("&", "/market-reports?", "").setEmptyValue("/market-reports");
		params.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
			}
		});
		return query.toString();
	}

}
