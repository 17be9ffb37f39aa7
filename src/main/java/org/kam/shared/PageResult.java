package org.kam.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, in the shape every list endpoint answers. {@code totalExact} is
 * false when counting was stopped at a cap: then {@code total} is that cap and the list
 * holds more.
 */
public record PageResult<T>(List<T> items, int page, int size, long total, boolean totalExact) {

	public PageResult(List<T> items, int page, int size, long total) {
		this(items, page, size, total, true);
	}

	/**
	 * How many pages the list has, at least one (an empty list shows one empty page).
	 * When the count stopped at the cap ({@code totalExact} false) the list holds more
	 * rows than its total, but pages end where {@link CountCap#requireReachable} stops
	 * paging.
	 */
	public int totalPages() {
		long pages = Math.max(1, (total + size - 1) / size);
		return (int) (totalExact ? pages : Math.min(pages, CountCap.reachablePages(size)));
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
	}

}
