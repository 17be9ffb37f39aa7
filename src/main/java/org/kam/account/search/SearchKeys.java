package org.kam.account.search;

/**
 * The 64-bit keys of the search documents' index (V22_0's kam_search_keys), computed here
 * for a keyword's grams: the kind of token in bits 60 to 62, the gram's value below and,
 * for a bucket's own keys, the bucket from bit 42 on, which the query adds in SQL. A
 * filter's keys hash its value in SQL (kinds 5 and 6).
 */
final class SearchKeys {

	private static final long NAME = 1L << 60;

	private static final long NAME_IN_BUCKET = 2L << 60;

	private static final long USCC = 3L << 60;

	private static final long USCC_IN_BUCKET = 4L << 60;

	private SearchKeys() {
	}

	/** A name gram of one or two characters, in any bucket. */
	static long name(String gram) {
		return NAME | nameValue(gram);
	}

	/** A name gram, to be put in a bucket with {@link #inBucket}. */
	static long nameInBucket(String gram) {
		return NAME_IN_BUCKET | nameValue(gram);
	}

	/** Three characters of a USCC, in any bucket. */
	static long uscc(String gram) {
		return USCC | usccValue(gram);
	}

	/** Three characters of a USCC, to be put in a bucket with {@link #inBucket}. */
	static long usccInBucket(String gram) {
		return USCC_IN_BUCKET | usccValue(gram);
	}

	/**
	 * SQL for a bucket's key: the key {@code key} (SQL) in bucket {@code bucket} (SQL).
	 */
	static String inBucket(String key, String bucket) {
		return "(" + key + " | (" + bucket + "::bigint << 42))";
	}

	/**
	 * SQL for the key of a filter's value: {@code field} as numbered in V22_0, the value
	 * bound as {@code value} (SQL). Keys hash the value: compare the column too.
	 */
	static String filter(int field, String value) {
		return "kam_filter_key(" + field + ", " + value + ")";
	}

	/**
	 * SQL for the key of a filter's value within bucket {@code bucket} (SQL; V23_0), as
	 * {@link #filter(int, String)}.
	 */
	static String filterInBucket(int field, String value, String bucket) {
		return "kam_filter_key(" + field + ", " + value + ", " + bucket + ")";
	}

	private static long nameValue(String gram) {
		int[] points = gram.codePoints().toArray();
		if (points.length == 1) {
			return points[0];
		}
		if (points.length == 2) {
			return (long) points[0] << 21 | points[1];
		}
		throw new IllegalArgumentException("a name gram has one or two characters: " + gram);
	}

	private static long usccValue(String gram) {
		if (gram.length() != 3 || !gram.chars().allMatch(c -> c < 128)) {
			throw new IllegalArgumentException("a USCC gram has three ASCII characters: " + gram);
		}
		return (long) gram.charAt(0) << 14 | gram.charAt(1) << 7 | gram.charAt(2);
	}

}
