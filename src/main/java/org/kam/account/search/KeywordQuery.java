package org.kam.account.search;

import java.util.function.Supplier;

import org.kam.shared.SqlFilter;

/**
 * What a list request asks of the keyword search.
 *
 * @param keyword the keyword as typed, or null or blank for none
 * @param status the status filter (a status name), or null for any: the search terms
 * carry each account's status
 * @param others the live accounts the caller may read with every filter but the keyword,
 * as conditions over {@code account a}; a new {@link SqlFilter} on every call, since the
 * plan adds to it
 * @param searchOnly whether there is no filter but the keyword and the status, for a
 * reader of every account: the search terms then answer the counts without the accounts
 */
public record KeywordQuery(String keyword, String status, Supplier<SqlFilter> others, boolean searchOnly) {

}
