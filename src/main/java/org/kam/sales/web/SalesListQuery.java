package org.kam.sales.web;

import java.time.LocalDate;

import org.kam.sales.domain.SalesFilter;
import org.kam.shared.ListLinks;
import org.kam.shared.Paged;
import org.springframework.format.annotation.DateTimeFormat;

/** The cross-account sales list's state, all of it in the URL. */
record SalesListQuery(Long accountId, Long salespersonId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String product, Integer page, Integer size,
		String sort) implements Paged {

	SalesFilter filter() {
		return new SalesFilter(accountId, salespersonId, from, to, product == null ? null : product.trim());
	}

	public String withPage(int newPage) {
		return links().toPage(newPage);
	}

	public String withSort(String field) {
		String current = sort == null || sort.isBlank() ? "orderDate,desc" : sort;
		return links().sortedBy(ListLinks.descendingFirst(current, field));
	}

	ListLinks links() {
		return ListLinks.to("/sales")
			.with("accountId", accountId)
			.with("salespersonId", salespersonId)
			.with("from", from)
			.with("to", to)
			.with("product", product)
			.with(ListLinks.PAGE, page)
			.with(ListLinks.SIZE, size)
			.with(ListLinks.SORT, sort);
	}

}
