package org.kam.account.domain;

import java.util.List;

/** One page of the account list with what the list shows above it. */
public record AccountListPage(List<Account> items, ListCounts counts) {

	public AccountListPage {
		items = List.copyOf(items);
	}

}
