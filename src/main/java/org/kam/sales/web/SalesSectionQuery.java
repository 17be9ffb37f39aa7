package org.kam.sales.web;

import org.kam.sales.domain.StatsPeriod;
import org.kam.shared.ListLinks;
import org.kam.shared.Paged;

/**
 * The parameters of the account page's sales tab, bound like every list's query object:
 * the period its figures are totalled by ({@code by}, text so that the tab words its own
 * message for a wrong one) and the paging of its orders. The account is the path's.
 */
record SalesSectionQuery(String by, Integer page, Integer size) implements Paged {

	StatsPeriod period() {
		return StatsPeriod.parse(by);
	}

	/** The tab's paging links, its period kept. */
	ListLinks links(long accountId, int defaultSize) {
		return ListLinks.to("/accounts/" + accountId + "/sales/section", defaultSize)
			.with("by", period().value())
			.with(ListLinks.PAGE, page)
			.with(ListLinks.SIZE, size);
	}

}
