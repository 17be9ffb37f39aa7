package org.kam.account.search;

import java.util.Locale;

import org.kam.shared.SqlFilter;

/**
 * A keyword as matched: its name key (against names), upper case (against USCCs) and the
 * status the search terms' rows are checked for. Keywords of one or two characters match
 * names only (a USCC fragment needs three characters).
 */
record Keyword(String key, String upper, String status) {

	/** Keywords up to this many characters are a term of their own. */
	private static final int SHORT = 2;

	/** The keyword of a query, or null when it has none. */
	static Keyword of(KeywordQuery query) {
		String key = query.keyword() == null ? "" : SearchTerms.nameKey(query.keyword());
		if (key.isEmpty()) {
			return null;
		}
		return new Keyword(key, query.keyword().trim().toUpperCase(Locale.ROOT), query.status());
	}

	boolean isShort() {
		return key.codePointCount(0, key.length()) <= SHORT;
	}

	/**
	 * Binds {@code :q} and {@code :qUpper} (LIKE patterns) and the status when there is
	 * one.
	 */
	void bind(SqlFilter sql) {
		sql.param("q", SqlFilter.containing(key)).param("qUpper", SqlFilter.containing(upper));
		if (status != null) {
			sql.param("status", status);
		}
	}

}
