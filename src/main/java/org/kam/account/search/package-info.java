/**
 * The account list's keyword search (关键字搜索), apart from the account table's SQL.
 * <p>
 * A keyword matches an account's name, its USCC (three characters or more) or a live
 * contact's name. How it is looked up depends on the database, chosen once at start-up
 * ({@link org.kam.account.search.KeywordSearchChoice}): PostgreSQL matches the keyword
 * and every other filter against one search document per account
 * ({@link org.kam.account.search.DocumentSearch}, kept by
 * {@link org.kam.account.search.SearchDocuments}), H2 scans with LIKE
 * ({@link org.kam.account.search.LikeScan}). Both answer the same accounts.
 * <p>
 * Each list request plans its keyword once ({@link org.kam.account.search.KeywordPlan}):
 * the capped count of the matches is read once for the page and the total of that
 * request.
 */
package org.kam.account.search;
