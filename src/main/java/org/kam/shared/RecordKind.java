package org.kam.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of record a module keeps (communications, contracts, sales…), described once so
 * that the rest of the application can show it without naming it. Each module declares
 * its kind in its root package, in a class named after it ({@code ContractKind},
 * {@code SalesKind}), as a constant {@code KIND} and as a bean of this type; the account
 * page builds its tabs, the layout its main menu, from these beans, and the module's
 * timeline and report sources name their kind through the constant.
 * <p>
 * It is a description, not behaviour: what a kind does (its pages, timeline entries,
 * report section, demo rows) stays in its module. Modules that add a main-menu entry but
 * keep no account records (notifications) declare themselves the same way, without a tab.
 *
 * @param key names the kind wherever it is passed or kept: the timeline's {@code kind}
 * filter and the periodic report's section key, e.g. {@code contracts}; lower case
 * letters, digits and dashes, unique among the kinds
 * @param labelKey message key naming the kind, e.g. in the timeline's filter and on its
 * entries
 * @param tab the kind's tab on the account page, or {@code null}
 * @param menu the kind's entry in the main menu, or {@code null}
 */
public record RecordKind(String key, String labelKey, Tab tab, MenuEntry menu) {

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*");

	public RecordKind {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(labelKey, "labelKey");
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("a record kind's key is lower case letters, digits and dashes: " + key);
		}
	}

	/**
	 * A tab of the account page. The page lists the tabs and loads the chosen one with
	 * htmx from {@code /accounts/{id}/{segment}/section}, which the kind's module serves
	 * as an HTML fragment; the account module never needs to know the kind.
	 *
	 * @param segment the path segment and the page's {@code tab} parameter, e.g.
	 * {@code contracts}
	 * @param titleKey message key of the tab's title
	 * @param order tabs are shown by ascending order, after the archive and the timeline
	 */
	public record Tab(String segment, String titleKey, int order) {

		public Tab {
			Objects.requireNonNull(segment, "segment");
			Objects.requireNonNull(titleKey, "titleKey");
		}

	}

	/**
	 * An entry of the main menu; the layout shows the entries by ascending order after
	 * "My day" and "Accounts".
	 *
	 * @param path the page, e.g. {@code /contracts}
	 * @param labelKey message key of the label
	 * @param order position among the entries the kinds add
	 */
	public record MenuEntry(String path, String labelKey, int order) {

		public MenuEntry {
			Objects.requireNonNull(path, "path");
			Objects.requireNonNull(labelKey, "labelKey");
		}

	}

}
