package org.kam.account.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a company name under which two spellings of one company meet: 杭州云帆智能科技有限公司,
 * 杭州云帆智能科技股份有限公司 and "杭州云帆（智能）科技 有限责任公司" are one name to a person, so they are one key
 * here. Stored with every account (name_match) and indexed, so finding the accounts that
 * share a name is one index look-up.
 */
final class SimilarNames {

	/**
	 * Spaces, brackets and punctuation (after NFKC has made full-width forms half-width).
	 */
	private static final Pattern IGNORED = Pattern.compile("[\\s()\\[\\]{}（）【】〔〕「」《》<>,.，。、·'\"‘’“”\\-_/&]+");

	/**
	 * Legal forms that say nothing about which company it is; the longest first so that
	 * 股份有限公司 is not left as 股份.
	 */
	private static final Pattern LEGAL_FORM = Pattern
		.compile("股份有限公司|有限责任公司|有限公司|(?:co)?ltd$|limited$|incorporated$|inc$|corporation$|corp$|company$");

	private SimilarNames() {
	}

	static String key(String name) {
		if (name == null) {
			return null;
		}
		String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		text = IGNORED.matcher(text).replaceAll("");
		String stripped = text;
		for (String before = null; !stripped.equals(before);) {
			before = stripped;
			stripped = LEGAL_FORM.matcher(stripped).replaceAll("");
		}
		// a name that is only a legal form keeps it, so it does not match every other
		// such
		// name
		String key = stripped.isEmpty() ? text : stripped;
		return key.length() > 200 ? key.substring(0, 200) : key;
	}

}
