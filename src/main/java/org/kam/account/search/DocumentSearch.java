package org.kam.account.search;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The keyword search of PostgreSQL, through the search documents ({@link DocumentMatch}):
 * the keyword, every other filter and the access condition meet in the documents' index,
 * and the documents answer the counts. A page in name order walks the name buckets when
 * the keyword matches many accounts; when it matches few, sorting them all is cheaper
 * than visiting bucket after bucket. PostgreSQL plans LIKE well only with the actual
 * pattern in view: the postgres profile sets plan_cache_mode=force_custom_plan (see
 * application-postgres.yml).
 */
public final class DocumentSearch implements KeywordSearch {

	private final JdbcClient jdbc;

	/**
	 * Pages in name order walk the buckets when the keyword matches more accounts than
	 * this ({@code kam.search.walk-above}).
	 */
	private final long walkAbove;

	/**
	 * Pages in name order of a common keyword walk the name buckets when it matches more
	 * accounts than this ({@code kam.search.common-walk-above}).
	 */
	private final long commonWalkAbove;

	/**
	 * A keyword in this share of the documents or more is common, checked on the rows
	 * read instead of looked up ({@code kam.search.common-share}; 0: every keyword).
	 */
	private final double commonShare;

	public DocumentSearch(JdbcClient jdbc, long walkAbove, long commonWalkAbove, double commonShare) {
		this.jdbc = jdbc;
		this.walkAbove = walkAbove;
		this.commonWalkAbove = commonWalkAbove;
		this.commonShare = commonShare;
	}

	@Override
	public KeywordPlan plan(KeywordQuery query) {
		Keyword keyword = Keyword.of(query);
		return keyword == null ? KeywordPlan.without(query) : KeywordPlan.matching(query,
				new DocumentMatch(jdbc, keyword, query, commonShare), walkAbove, commonWalkAbove);
	}

}
