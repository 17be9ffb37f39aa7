package org.kam.account.search;

import java.util.function.Supplier;

import org.kam.governance.SqlCondition;
import org.kam.shared.SqlFilter;

/**
 * What a list request asks of the keyword search.
 *
 * @param keyword the keyword as typed, or null or blank for none
 * @param filters the list's other filters, as values
 * @param access the accounts the caller may read, as a condition over the owner column
 * {@code a.owner_id}; it also applies to the search documents, which carry the owner
 * under that name
 * @param others the live accounts the caller may read with every filter but the keyword,
 * as conditions over {@code account a}; a new {@link SqlFilter} on every call, since the
 * plan adds to it
 */
public record KeywordQuery(String keyword, ListFilters filters, SqlCondition access, Supplier<SqlFilter> others) {

	/** The status filter (a status name), or null for any. */
	public String status() {
		return filters.status();
	}

}
