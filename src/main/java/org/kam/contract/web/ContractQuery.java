package org.kam.contract.web;

import org.kam.contract.ContractStatus;
import org.kam.contract.ContractType;
import org.kam.contract.domain.ContractFilter;
import org.kam.shared.ListLinks;
import org.kam.shared.Paged;

/**
 * The cross-account contract list's state, all of it in the URL (shareable, back button);
 * the {@code with…} methods give the links of headers and pages.
 */
public record ContractQuery(Long accountId, ContractStatus status, ContractType type, Integer expiringWithinDays,
		String q, Integer page, Integer size, String sort) implements Paged {

	ContractFilter filter() {
		return new ContractFilter(accountId, status, type, expiringWithinDays, q);
	}

	public String sortOrDefault() {
		if (sort != null && !sort.isBlank()) {
			return sort;
		}
		return expiringWithinDays != null ? "endsOn,asc" : "updatedAt,desc";
	}

	public String withPage(int newPage) {
		return links().toPage(newPage);
	}

	/** A header link: ascending first, descending when it is already ascending. */
	public String withSort(String field) {
		return links().sortedBy(ListLinks.ascendingFirst(sortOrDefault(), field));
	}

	/** "ascending", "descending" or "none", for aria-sort. */
	public String sortState(String field) {
		return ListLinks.sortState(sortOrDefault(), field);
	}

	ListLinks links() {
		return ListLinks.to("/contracts")
			.with("accountId", accountId)
			.with("status", status)
			.with("type", type)
			.with("expiringWithinDays", expiringWithinDays)
			.with("q", q)
			.with(ListLinks.PAGE, page)
			.with(ListLinks.SIZE, size)
			.with(ListLinks.SORT, sort);
	}

}
