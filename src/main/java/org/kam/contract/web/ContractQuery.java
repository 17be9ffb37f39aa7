package org.kam.contract.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.kam.contract.ContractStatus;
import org.kam.contract.ContractType;
import org.kam.contract.domain.ContractFilter;
import org.kam.shared.PageQuery;

/**
 * The cross-account contract list's state, all of it in the URL (shareable, back button);
 * the {@code with…} methods give the links of headers and pages.
 */
public record ContractQuery(Long accountId, ContractStatus status, ContractType type, Integer expiringWithinDays,
		String q, Integer page, Integer size, String sort) {

	ContractFilter filter() {
		return new ContractFilter(accountId, status, type, expiringWithinDays, q);
	}

	PageQuery pageQuery() {
		return new PageQuery(page == null ? 0 : page, size == null ? PageQuery.DEFAULT_SIZE : size);
	}

	public String sortOrDefault() {
		if (sort != null && !sort.isBlank()) {
			return sort;
		}
		return expiringWithinDays != null ? "endsOn,asc" : "updatedAt,desc";
	}

	public String withPage(int newPage) {
		return new ContractQuery(accountId, status, type, expiringWithinDays, q, newPage, size, sort).url();
	}

	/** A header link: ascending first, descending when it is already ascending. */
	public String withSort(String field) {
		String next = sortOrDefault().equals(field + ",asc") ? field + ",desc" : field + ",asc";
		return new ContractQuery(accountId, status, type, expiringWithinDays, q, null, size, next).url();
	}

	/** "ascending", "descending" or "none", for aria-sort. */
	public String sortState(String field) {
		String current = sortOrDefault();
		if (current.equals(field) || current.equals(field + ",asc")) {
			return "ascending";
		}
		return current.equals(field + ",desc") ? "descending" : "none";
	}

	public String url() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("accountId", accountId);
		params.put("status", status);
		params.put("type", type);
		params.put("expiringWithinDays", expiringWithinDays);
		params.put("q", q);
		params.put("page", page == null || page == 0 ? null : page);
		params.put("size", size == null || size == PageQuery.DEFAULT_SIZE ? null : size);
		params.put("sort", sort == null || sort.isBlank() ? null : sort);
		StringJoiner query = new StringJoiner("&", "/contracts?", "").setEmptyValue("/contracts");
		params.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
			}
		});
		return query.toString();
	}

}
