package org.kam.dataops;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What every filler shares: the seed, "now" (whole days, so loads on the same day are
 * identical) and the demo users.
 */
public record DemoContext(long seed, OffsetDateTime now, List<Long> userIds) {

	public DemoContext {
		userIds = List.copyOf(userIds);
	}

	/**
	 * A random source for one kind and one account, independent of chunking and order.
	 */
	public SplittableRandom random(String kind, long accountId) {
		return new SplittableRandom(seed * 31 + kind.hashCode() * 1_000_003L + accountId * 0x9E3779B97F4A7C15L);
	}

}
