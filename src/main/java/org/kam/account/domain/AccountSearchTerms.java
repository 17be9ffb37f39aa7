package org.kam.account.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps the {@code account_search} table of PostgreSQL (V13_0): per live account, every
 * character and pair of characters of its name and its live contacts' names. Each write
 * that changes a name rewrites the account's terms in the writer's transaction. H2 has no
 * such table: its keyword search scans.
 */
@Repository
class AccountSearchTerms {

	private static final String TERMS_OF_ACCOUNTS = """
			insert into account_search (term, name_key, account_id)
			select g.term, a.name_key, a.id
			from account a
			cross join lateral (select unnest(kam_short_grams(a.name_key))
			                    union
			                    select unnest(kam_short_grams(c.name_key))
			                    from contact c where c.account_id = a.id and c.deleted_at is null) as g(term)
			where a.deleted_at is null and a.id between :first and :last""";

	private final JdbcClient jdbc;

	private final boolean kept;

	AccountSearchTerms(JdbcClient jdbc, Database database) {
		this.jdbc = jdbc;
		this.kept = database.postgres();
	}

	/** Whether the table exists here (PostgreSQL). */
	boolean kept() {
		return kept;
	}

	/**
	 * Rewrites one account's terms after its name or its contacts changed. The account
	 * row is locked first: two contacts saved at once for the same account then rewrite
	 * one after the other, the second from what the first committed.
	 */
	void refresh(long accountId) {
		if (!kept) {
			return;
		}
		jdbc.sql("select id from account where id = :id for update").param("id", accountId).query(Long.class).list();
		rewrite(accountId, accountId);
	}

	/**
	 * Writes the terms of accounts that a bulk load has just inserted with their
	 * contacts, in the loader's transaction.
	 */
	void refresh(long firstAccountId, long lastAccountId) {
		if (kept) {
			rewrite(firstAccountId, lastAccountId);
		}
	}

	private void rewrite(long first, long last) {
		jdbc.sql("delete from account_search where account_id between :first and :last")
			.param("first", first)
			.param("last", last)
			.update();
		jdbc.sql(TERMS_OF_ACCOUNTS).param("first", first).param("last", last).update();
	}

}
