package org.kam.shared;

import java.util.List;

import org.kam.shared.InvalidInputException.Problem;

/**
 * Lists across accounts count their matches only up to {@link #CAP} and page only within
 * them: an exact total of millions of rows costs seconds on every page, and nobody pages
 * past row 10,000 (they narrow the filters). A list shows "more than 10,000" when the
 * count stopped ({@link PageResult#totalExact()} is false).
 * <p>
 * In the repository: {@link SqlFilter#countUpTo}, which runs
 * {@code select count(*) from (select 1 from … where … limit :cap) t} with
 * {@code cap = }{@link #COUNT_UP_TO}.
 */
public final class CountCap {

	/** Rows a list counts and pages at most. */
	public static final int CAP = 10_000;

	/**
	 * What a capped count asks for: one more than the cap tells "more" from "exactly".
	 */
	public static final long COUNT_UP_TO = CAP + 1L;

	private CountCap() {
	}

	/**
	 * Refuses a page that lies beyond the cap: a 400 on {@code page} naming the last page
	 * that can be reached at this size.
	 */
	public static void requireReachable(PageQuery page) {
		Problem problem = beyondReach(page);
		if (problem != null) {
			throw new InvalidInputException(List.of(problem));
		}
	}

	/**
	 * What {@link #requireReachable} refuses, or null: for a check that gathers every
	 * problem of a request into one answer.
	 */
	public static Problem beyondReach(PageQuery page) {
		if (page.offset() + page.size() <= CAP) {
			return null;
		}
		int lastPage = reachablePages(page.size()) - 1;
		return new Problem("page", "validation.page.tooDeep", List.of(lastPage, CAP), "must be at most " + lastPage
				+ " at this size: only the first " + CAP + " rows are paged; narrow the filters or change the sort");
	}

	/** How many pages of this size lie within the cap (the last one full). */
	static int reachablePages(int size) {
		return Math.max(1, CAP / size);
	}

	/**
	 * The pages of a list that is paged only up to the cap even when its total is exact
	 * and larger (a total read from a tally).
	 */
	public static int pages(PageResult<?> result) {
		return Math.min(result.totalPages(), reachablePages(result.size()));
	}

	/**
	 * The page with its total from a count made with {@link #COUNT_UP_TO}: the total is
	 * exact up to the cap, else the cap and flagged as not exact.
	 */
	public static <T> PageResult<T> page(List<T> items, PageQuery page, long counted) {
		return new PageResult<>(items, page.page(), page.size(), Math.min(counted, CAP), counted <= CAP);
	}

}
