package org.kam.account.domain;

import java.util.HashMap;
import java.util.Map;

import org.kam.account.search.KeywordPlan;
import org.kam.governance.SqlCondition;

/**
 * The keyword plans of one service call, one per distinct filter: the list page asks for
 * its rows, its total and its status tabs, and a filter without a status is the same for
 * all three, so it is planned once (see {@link KeywordPlan}).
 */
final class ListPlans {

	private final Accounts accounts;

	private final SqlCondition access;

	private final Map<AccountFilter, KeywordPlan> made = new HashMap<>();

	ListPlans(Accounts accounts, SqlCondition access) {
		this.accounts = accounts;
		this.access = access;
	}

	KeywordPlan of(AccountFilter filter) {
		return made.computeIfAbsent(filter, f -> accounts.plan(f, access));
	}

	/** The caller's access condition, which every plan here includes. */
	SqlCondition access() {
		return access;
	}

}
