package org.kam.account.search;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.kam.shared.SqlFilter;

/**
 * How one list request's keyword is matched, decided once by its {@link KeywordSearch}:
 * the page, the total and the status counts of the request take the same plan, so what
 * one of them read (a capped count of the matches) is not read again for the others. The
 * plan writes conditions over {@code account a} and, when the search documents answer,
 * counts from them; the repository writes the rest of each query.
 */
public final class KeywordPlan {

	private final KeywordQuery query;

	/** Adds "the account matches the keyword"; null without a keyword. */
	private final Consumer<SqlFilter> keyword;

	/** The keyword matched against the search documents, when they exist; else null. */
	private final DocumentMatch documents;

	private final long walkAbove;

	private final long commonWalkAbove;

	private KeywordPlan(KeywordQuery query, Consumer<SqlFilter> keyword, DocumentMatch documents, long walkAbove,
			long commonWalkAbove) {
		this.query = query;
		this.keyword = keyword;
		this.documents = documents;
		this.walkAbove = walkAbove;
		this.commonWalkAbove = commonWalkAbove;
	}

	/** The plan of a request without a keyword: its other filters alone. */
	static KeywordPlan without(KeywordQuery query) {
		return new KeywordPlan(query, null, null, 0, 0);
	}

	/** A keyword checked by a condition on each account that the other filters leave. */
	static KeywordPlan checked(KeywordQuery query, Consumer<SqlFilter> condition) {
		return new KeywordPlan(query, condition, null, 0, 0);
	}

	/**
	 * A keyword matched against the search documents; pages in name order walk the name
	 * buckets when it matches more than {@code walkAbove} accounts, or more than
	 * {@code commonWalkAbove} when it is common.
	 */
	static KeywordPlan matching(KeywordQuery query, DocumentMatch documents, long walkAbove, long commonWalkAbove) {
		return new KeywordPlan(query, documents::addCondition, documents, walkAbove, commonWalkAbove);
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
	 * filter and "among the first {@code reach} matches by name", when the keyword
	 * matches so many accounts that walking the name buckets beats sorting them all (the
	 * capped count that decides is the one the list's total takes), yet is not so common
	 * that reading the accounts in name order finds the page sooner. Empty otherwise:
	 * then {@link #where()} is the condition.
	 */
	public Optional<SqlFilter> firstByName(boolean ascending, long reach) {
		if (documents == null || !documents.walks(walkAbove, commonWalkAbove)) {
			return Optional.empty();
		}
		SqlFilter sql = query.others().get();
		documents.addFirstByName(sql, ascending, reach);
		return Optional.of(sql);
	}

	/**
	 * The matches counted no further than {@code cap} from the search documents alone,
	 * when they exist; else empty.
	 */
	public OptionalLong countUpToFromDocuments(long cap) {
		return documents == null ? OptionalLong.empty() : OptionalLong.of(documents.countUpTo(cap));
	}

	/** The matches per status from the search documents alone, when they exist. */
	public Optional<Map<String, Long>> countByStatusFromDocuments() {
		return documents == null ? Optional.empty() : Optional.of(documents.countByStatus());
	}

}
