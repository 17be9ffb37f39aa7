package org.kam.account.domain;

import java.util.Map;

import org.kam.shared.CountCap;

/**
 * What the account list shows above its rows: accounts per status (the status tabs) and
 * the total of the current filter. When the filter matches more than {@link CountCap#CAP}
 * accounts and no tally answers it, counting stops: {@code byStatus} is empty,
 * {@code total} is the cap and {@code exact} is false.
 */
public record ListCounts(Map<String, Long> byStatus, long total, boolean exact) {

	public ListCounts {
		byStatus = Map.copyOf(byStatus);
	}

	/**
	 * Whether the tabs have their counts: every status is then present, with 0 for none.
	 */
	public boolean statusesCounted() {
		return !byStatus.isEmpty();
	}

	public long all() {
		return byStatus.values().stream().mapToLong(Long::longValue).sum();
	}

}
