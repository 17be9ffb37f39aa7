package org.kam.account.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.kam.account.AccountStatus;
import org.kam.account.SizeBand;
import org.kam.account.Tier;
import org.kam.account.Urgency;
import org.kam.account.domain.AccountFilter;
import org.kam.shared.PageQuery;

/**
 * The accounts list's state, all of it in the URL so that a view can be shared and the
 * back button works. The {@code with…} methods give the links of tabs, headers and pages.
 */
public record ListQuery(String q, String province, String city, String industry, AccountStatus status, Urgency urgency,
		Tier tier, Long ownerId, SizeBand sizeBand, Integer page, Integer size, String sort) {

	public AccountFilter filter() {
		return new AccountFilter(q, province, city, industry, status, urgency, tier, ownerId, sizeBand);
	}

	/** The same list for a province and city given as codes. */
	ListQuery withRegion(String provinceCode, String cityCode) {
		return new ListQuery(q, provinceCode, cityCode, industry, status, urgency, tier, ownerId, sizeBand, page, size,
				sort);
	}

	public PageQuery pageQuery() {
		return new PageQuery(page == null ? 0 : page, size == null ? PageQuery.DEFAULT_SIZE : size);
	}

	public String sortOrDefault() {
		return sort == null || sort.isBlank() ? "name,asc" : sort;
	}

	public boolean hasFilters() {
		return filter().equals(AccountFilter.none()) == false;
	}

	/**
	 * The link for a status tab: page 0 of the same filters with this status (null for
	 * all).
	 */
	public String withStatus(AccountStatus newStatus) {
		return new ListQuery(q, province, city, industry, newStatus, urgency, tier, ownerId, sizeBand, null, size, sort)
			.url();
	}

	public String withPage(int newPage) {
		return new ListQuery(q, province, city, industry, status, urgency, tier, ownerId, sizeBand, newPage, size, sort)
			.url();
	}

	/**
	 * A header link: sorts by the field, ascending first, descending when it is already
	 * ascending.
	 */
	public String withSort(String field) {
		String next = sortOrDefault().equals(field + ",asc") ? field + ",desc" : field + ",asc";
		return new ListQuery(q, province, city, industry, status, urgency, tier, ownerId, sizeBand, null, size, next)
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
		params.put("province", province);
		params.put("city", city);
		params.put("industry", industry);
		params.put("status", status);
		params.put("urgency", urgency);
		params.put("tier", tier);
		params.put("ownerId", ownerId);
		params.put("sizeBand", sizeBand);
		params.put("page", page == null || page == 0 ? null : page);
		params.put("size", size == null || size == PageQuery.DEFAULT_SIZE ? null : size);
		params.put("sort", sort == null || sort.isBlank() ? null : sort);
		StringJoiner query = new StringJoiner("&", "/accounts?", "").setEmptyValue("/accounts");
		params.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
			}
		});
		return query.toString();
	}

}
