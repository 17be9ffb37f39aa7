package org.kam.account;

/**
 * A tab of the account page contributed by another module (communications, contracts,
 * sales…). The account page lists the tabs and loads the chosen one with htmx from
 * {@code /accounts/{id}/{key}/section}, which the contributing module serves as an HTML
 * fragment; the archive module never needs to know the record kinds.
 *
 * @param key the path segment and the {@code tab} parameter, e.g. {@code communications}
 * @param titleKey message key of the tab's title
 * @param order tabs are shown by ascending order; the archive tab comes first
 */
public record AccountSection(String key, String titleKey, int order) {

	public String path(long accountId) {
		return "/accounts/" + accountId + "/" + key + "/section";
	}

}
