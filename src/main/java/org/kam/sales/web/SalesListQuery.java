package org.kam.sales.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.kam.sales.domain.SalesFilter;
import org.kam.shared.PageQuery;
import org.springframework.format.annotation.DateTimeFormat;

/** The cross-account sales list's state, all of it in the URL. */
record SalesListQuery(Long accountId, Long salespersonId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String product, Integer page, Integer size,
		String sort) {

	SalesFilter filter() {
		return new SalesFilter(accountId, salespersonId, from, to, product == null ? null : product.trim());
	}

	PageQuery pageQuery() {
		return new PageQuery(page == null ? 0 : page, size == null ? PageQuery.DEFAULT_SIZE : size);
	}

	public String withPage(int newPage) {
		return new SalesListQuery(accountId, salespersonId, from, to, product, newPage, size, sort).url();
	}

	public String withSort(String field) {
		String current = sort == null || sort.isBlank() ? "orderDate,desc" : sort;
		String next = current.equals(field + ",desc") ? field + ",asc" : field + ",desc";
		return new SalesListQuery(accountId, salespersonId, from, to, product, null, size, next).url();
	}

	public String url() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("accountId", accountId);
		params.put("salespersonId", salespersonId);
		params.put("from", from);
		params.put("to", to);
		params.put("product", product);
		params.put("page", page == null || page == 0 ? null : page);
		params.put("size", size == null || size == PageQuery.DEFAULT_SIZE ? null : size);
		params.put("sort", sort);
		StringJoiner query = new StringJoiner("&", "/sales?", "").setEmptyValue("/sales");
		params.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
			}
		});
		return query.toString();
	}

}
