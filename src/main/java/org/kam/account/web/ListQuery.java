package org.kam.account.web;

import org.kam.account.AccountStatus;
import org.kam.account.SizeBand;
import org.kam.account.Tier;
import org.kam.account.Urgency;
import org.kam.account.domain.AccountFilter;
import org.kam.shared.ListLinks;
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
		return PageQuery.of(page, size);
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
		return links().filteredBy("status", newStatus);
	}

	public String withPage(int newPage) {
		return links().toPage(newPage);
	}

	/**
	 * A header link: sorts by the field, ascending first, descending when it is already
	 * ascending.
	 */
	public String withSort(String field) {
		return links().sortedBy(ListLinks.ascendingFirst(sortOrDefault(), field));
	}

	/** "ascending", "descending" or "none", for aria-sort on the column header. */
	public String sortState(String field) {
		return ListLinks.sortState(sortOrDefault(), field);
	}

	ListLinks links() {
		return ListLinks.to("/accounts")
			.with("q", q)
			.with("province", province)
			.with("city", city)
			.with("industry", industry)
			.with("status", status)
			.with("urgency", urgency)
			.with("tier", tier)
			.with("ownerId", ownerId)
			.with("sizeBand", sizeBand)
			.with(ListLinks.PAGE, page)
			.with(ListLinks.SIZE, size)
			.with(ListLinks.SORT, sort);
	}

}
