/**
 * The account list's keyword search (关键字搜索), apart from the account table's SQL.
 * <p>
 * A keyword matches an account's name, its USCC (three characters or more) or a live
 * contact's name. How it is looked up depends on the database, chosen once at start-up
 * ({@link org.kam.account.search.KeywordSearchChoice}): PostgreSQL walks the search terms
 * or checks the few accounts the other filters leave
 * ({@link org.kam.account.search.TermLookup}), H2 scans with LIKE
 * ({@link org.kam.account.search.LikeScan}). Both answer the same accounts.
 * <p>
 * Each list request plans its keyword once ({@link org.kam.account.search.KeywordPlan}):
 * whatever the plan needed to decide (a capped count of the other filters, the keyword's
 * rarest pair of characters) is not read again for the page, the total and the status
 * counts of that request.
 */
package org.kam.account.search;
