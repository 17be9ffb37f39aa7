package org.kam.account.search;

/**
 * How the account list looks a keyword up: {@link DocumentSearch} on PostgreSQL,
 * {@link LikeScan} on H2, one of them for the application's life
 * ({@link KeywordSearchChoice}).
 */
public interface KeywordSearch {

	/**
	 * Decides, once for a list request, how its keyword is matched; the plan then writes
	 * the conditions of the page, the total and the status counts.
	 */
	KeywordPlan plan(KeywordQuery query);

}
