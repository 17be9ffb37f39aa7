package org.kam.account.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.kam.shared.SqlFilter;

/**
 * A keyword as matched: its name key (against names) and upper case (against USCCs).
 * Keywords of one or two characters match names only (a USCC fragment needs three
 * characters).
 */
record Keyword(String key, String upper) {

	/** Keywords up to this many characters are a token of their own. */
	private static final int SHORT = 2;

	/** The characters of a USCC (GB 32100-2015: no I, O, S, V or Z). */
	private static final String USCC_CHARACTERS = "[0-9A-HJ-NP-RTUW-Y]+";

	/** The keyword of a query, or null when it has none. */
	static Keyword of(KeywordQuery query) {
		String key = query.keyword() == null ? "" : SearchDocuments.nameKey(query.keyword());
		if (key.isEmpty()) {
			return null;
		}
		return new Keyword(key, query.keyword().trim().toUpperCase(Locale.ROOT));
	}

	boolean isShort() {
		return key.codePointCount(0, key.length()) <= SHORT;
	}

	/**
	 * The name tokens every matching name line has: the keyword itself when short, else
	 * each of its pairs of characters (then LIKE decides).
	 */
	List<String> nameTokens() {
		return isShort() ? List.of(key) : List.copyOf(grams(key, 2));
	}

	/**
	 * The USCC tokens every USCC containing the keyword has: each three characters; none
	 * when the keyword cannot be part of a USCC (too short, or a character no USCC has).
	 */
	List<String> usccTokens() {
		return isShort() || !upper.matches(USCC_CHARACTERS) ? List.of() : List.copyOf(grams(upper, 3));
	}

	/** Each run of {@code length} characters (code points, not chars), once. */
	static Set<String> grams(String text, int length) {
		int[] points = text.codePoints().toArray();
		Set<String> grams = new LinkedHashSet<>();
		for (int i = 0; i + length <= points.length; i++) {
			grams.add(new String(points, i, length));
		}
		return grams;
	}

	/** Binds {@code :q} and {@code :qUpper} (LIKE patterns). */
	void bind(SqlFilter sql) {
		sql.param("q", SqlFilter.containing(key)).param("qUpper", SqlFilter.containing(upper));
	}

}
