package org.kam.account.search;

import org.kam.shared.SqlFilter;

/**
 * The keyword search in portable SQL (H2): a LIKE over the accounts' names and USCCs and
 * the live contacts' names. It needs no search terms and decides nothing per request.
 */
public final class LikeScan implements KeywordSearch {

	@Override
	public KeywordPlan plan(KeywordQuery query) {
		Keyword keyword = Keyword.of(query);
		return keyword == null ? KeywordPlan.without(query) : KeywordPlan.checked(query, sql -> addLike(keyword, sql));
	}

	private static void addLike(Keyword keyword, SqlFilter sql) {
		keyword.bind(sql);
		if (keyword.isShort()) {
			sql.and("""
					a.id in (select id from account where name_key like :q escape '\\'
					  union select account_id from contact where name_key like :q escape '\\' and deleted_at is null)""");
		}
		else {
			sql.and("""
					a.id in (select id from account where name_key like :q escape '\\' or uscc like :qUpper escape '\\'
					  union select account_id from contact where name_key like :q escape '\\' and deleted_at is null)""");
		}
	}

}
