package org.kam.account.search;

import org.kam.shared.SqlFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The keyword search of PostgreSQL: through the search terms ({@link TermWalk}), unless
 * the other filters (an account manager's own accounts, a region) leave few accounts.
 * Walking the rows of a common term to find the few that pass a narrow filter would read
 * them all; checking the keyword on each of the few reads only those, and costs what they
 * cost whatever the keyword. PostgreSQL plans the LIKE and trigram conditions well only
 * with the actual pattern in view: the postgres profile sets
 * plan_cache_mode=force_custom_plan (see application-postgres.yml).
 */
public final class TermLookup implements KeywordSearch {

	/**
	 * Rows of a longer keyword's pair that cost about as much as checking one account.
	 */
	private static final long ROWS_PER_ACCOUNT = 10;

	/**
	 * How keywords with other filters are looked up: chosen per request ({@code AUTO}),
	 * or always one way (for tests of each); the property
	 * {@code kam.search.keyword-lookup}.
	 */
	public enum Choice {

		AUTO, TERMS, PER_ACCOUNT

	}

	private final SearchTerms terms;

	private final JdbcClient jdbc;

	/**
	 * When the filters other than the keyword leave fewer accounts than this, the keyword
	 * is checked on each of them rather than through the search terms
	 * ({@code kam.search.per-account-below}).
	 */
	private final long perAccountBelow;

	private final Choice choice;

	public TermLookup(SearchTerms terms, JdbcClient jdbc, long perAccountBelow, Choice choice) {
		this.terms = terms;
		this.jdbc = jdbc;
		this.perAccountBelow = perAccountBelow;
		this.choice = choice;
	}

	/**
	 * The keyword is checked on each account that the other filters leave when they leave
	 * fewer accounts than its term has rows to walk: a row of a longer keyword's pair is
	 * checked in the index, an account reads its row and its contacts, so about ten rows
	 * cost one account. Deciding reads the term frequencies (kept for minutes) and at
	 * most one capped count of the other filters.
	 */
	@Override
	public KeywordPlan plan(KeywordQuery query) {
		Keyword keyword = Keyword.of(query);
		if (keyword == null) {
			return KeywordPlan.without(query);
		}
		String term = keyword.isShort() ? keyword.key() : terms.rarestPair(keyword.key());
		long rowsPerAccount = keyword.isShort() ? 1 : ROWS_PER_ACCOUNT;
		boolean perAccount = switch (choice) {
			case TERMS -> false;
			case PER_ACCOUNT -> fewerThan(query, Long.MAX_VALUE);
			case AUTO -> !query.searchOnly()
					&& fewerThan(query, (terms.estimatedRows(term) + rowsPerAccount - 1) / rowsPerAccount);
		};
		return perAccount ? KeywordPlan.checked(query, sql -> addPerAccount(keyword, sql))
				: KeywordPlan.walking(query, new TermWalk(jdbc, keyword, term));
	}

	/**
	 * Whether the filters but the keyword leave fewer than {@code accounts} (at most
	 * {@link #perAccountBelow}): counts at most that many. Never for a search alone,
	 * which the terms answer without the accounts.
	 */
	private boolean fewerThan(KeywordQuery query, long accounts) {
		long limit = Math.min(accounts, perAccountBelow);
		if (query.searchOnly() || limit <= 0) {
			return false;
		}
		return query.others().get().countUpTo(jdbc, "account a", limit) < limit;
	}

	/**
	 * The keyword checked on each account: its own row and an index probe of its
	 * contacts; "offset 0" keeps the probe per account, where PostgreSQL would otherwise
	 * scan every contact once to hash the matching ones (a short keyword has no trigram
	 * to look up).
	 */
	private static void addPerAccount(Keyword keyword, SqlFilter sql) {
		keyword.bind(sql);
		String contacts = "exists (select 1 from contact c where c.account_id = a.id and c.deleted_at is null"
				+ " and c.name_key like :q escape '\\' offset 0)";
		sql.and(keyword.isShort() ? "(a.name_key like :q escape '\\' or " + contacts + ")"
				: "(a.name_key like :q escape '\\' or a.uscc like :qUpper escape '\\' or " + contacts + ")");
	}

}
