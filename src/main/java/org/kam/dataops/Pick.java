package org.kam.dataops;

import java.util.List;
import java.util.SplittableRandom;

/** Random choices for the demo generator; all randomness flows from one seeded source. */
final class Pick {

	private Pick() {
	}

	static <T> T one(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	static <T> T one(SplittableRandom random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	/** The index of the chosen weight, each index as likely as its share of the total. */
	static int weighted(SplittableRandom random, int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int n = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			n -= weights[i];
			if (n < 0) {
				return i;
			}
		}
		throw new IllegalArgumentException("weights must be positive");
	}

	static boolean chance(SplittableRandom random, int percent) {
		return random.nextInt(100) < percent;
	}

}
