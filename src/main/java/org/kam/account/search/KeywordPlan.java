package org.kam.account.search;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.kam.shared.SqlFilter;

/**
 * How one list request's keyword is matched, decided once by its {@link KeywordSearch}:
 * the page, the total and the status counts of the request take the same plan, so the
 * decision's own reads (a capped count of the other filters, the keyword's rarest pair)
 * are not repeated. The plan writes conditions over {@code account a} and, when the
 * search terms answer alone, counts from them; the repository writes the rest of each
 * query.
 */
public final class KeywordPlan {

	private final KeywordQuery query;

	/** Adds "the account matches the keyword"; null without a keyword. */
	private final Consumer<SqlFilter> keyword;

	/** The walk of the search terms, when they look the keyword up; else null. */
	private final TermWalk walk;

	private KeywordPlan(KeywordQuery query, Consumer<SqlFilter> keyword, TermWalk walk) {
		this.query = query;
		this.keyword = keyword;
		this.walk = walk;
	}

	/** The plan of a request without a keyword: its other filters alone. */
	static KeywordPlan without(KeywordQuery query) {
		return new KeywordPlan(query, null, null);
	}

	/** A keyword checked by a condition on each account that the other filters leave. */
	static KeywordPlan checked(KeywordQuery query, Consumer<SqlFilter> condition) {
		return new KeywordPlan(query, condition, null);
	}

	/** A keyword looked up through the search terms. */
	static KeywordPlan walking(KeywordQuery query, TermWalk walk) {
		return new KeywordPlan(query, walk::addCondition, walk);
	}

	/** Every filter of the request, the keyword included, over {@code account a}. */
	public SqlFilter where() {
		SqlFilter sql = query.others().get();
		if (keyword != null) {
			keyword.accept(sql);
		}
		return sql;
	}

	/** Whether the request has no status filter (the status counts need such a plan). */
	public boolean anyStatus() {
		return query.status() == null;
	}

	/**
	 * For a page in name order (ascending or not) that ends at {@code reach}: every
	 * filter and "among the first {@code reach} matches by name", when the search terms
	 * are walked; their rows are already in name order, so the walk stops after the rows
	 * up to the end of the page instead of sorting every match. Empty otherwise: then
	 * {@link #where()} is the condition.
	 */
	public Optional<SqlFilter> firstByName(boolean ascending, long reach) {
		if (walk == null) {
			return Optional.empty();
		}
		SqlFilter sql = query.others().get();
		walk.addFirstByName(sql, ascending, reach);
		return Optional.of(sql);
	}

	/**
	 * The matches counted no further than {@code cap} from the search terms alone, when
	 * they answer the request (a keyword they look up, at most a status besides, a reader
	 * of every account); else empty.
	 */
	public OptionalLong countUpToFromTerms(long cap) {
		return termsAnswer() ? OptionalLong.of(walk.countUpTo(cap)) : OptionalLong.empty();
	}

	/**
	 * The matches per status from the search terms alone, when they answer the request.
	 */
	public Optional<Map<String, Long>> countByStatusFromTerms() {
		return termsAnswer() ? Optional.of(walk.countByStatus()) : Optional.empty();
	}

	private boolean termsAnswer() {
		return walk != null && query.searchOnly();
	}

}
