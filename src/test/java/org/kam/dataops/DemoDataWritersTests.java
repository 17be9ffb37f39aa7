package org.kam.dataops;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kam.support.FreshDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load written by two threads at once gives exactly the rows one writer gives for the
 * same seed: the ids are reserved in the generating thread, in order. On H2 and on
 * PostgreSQL (where two writers are the default), in a database of its own that starts
 * empty.
 */
@FreshDatabase
@SpringBootTest(properties = { "kam.admin-password=demo-test-password", "kam.demo.accounts=0" })
class DemoDataWritersTests {

	private static final int ACCOUNTS = 4000;

	private static final long SEED = 5;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demoData;

	@Test
	void twoWritersLoadTheSameAccountsAndContactsAsOne() {
		emptyTheArchive();
		LoadReport byOne = demoData.load(ACCOUNTS, SEED, false, 1);
		List<String> accountsByOne = accounts();
		List<String> contactsByOne = contacts();
		List<String> documentsByOne = searchDocuments();
		emptyTheArchive();

		LoadReport byTwo = demoData.load(ACCOUNTS, SEED, false, 2);

		assertThat(accountsByOne).hasSize(ACCOUNTS);
		assertThat(accounts()).containsExactlyElementsOf(accountsByOne);
		assertThat(contacts()).containsExactlyElementsOf(contactsByOne);
		assertThat(byTwo.contacts()).isEqualTo(byOne.contacts()).isEqualTo(contactsByOne.size());
		assertThat(searchDocuments()).isEqualTo(documentsByOne);
		assertThat(count("""
				select count(*) from account_tally t where t.n <> (select count(*) from account a
				  where a.deleted_at is null and a.status = t.status and coalesce(a.tier, '-') = t.tier_key)"""))
			.isZero();
		assertThat(count("select sum(n) from account_tally")).isEqualTo(ACCOUNTS);
	}

	@Test
	void anAccountCreatedAfterATwoWriterLoadGetsAHigherId() {
		emptyTheArchive();
		demoData.load(2000, SEED, false, 2);
		long maxAccount = count("select max(id) from account");
		long maxContact = count("select max(id) from contact");
		LaterRows.Ids later = LaterRows.insert(jdbc);
		try {
			assertThat(later.account()).isEqualTo(maxAccount + 1);
			assertThat(later.contact()).isEqualTo(maxContact + 1);
		}
		finally {
			LaterRows.delete(jdbc);
		}
	}

	private List<String> accounts() {
		return jdbc.sql("select id, name, uscc, status, tier, owner_id from account order by id")
			.query((rs, row) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list();
	}

	private List<String> contacts() {
		return jdbc.sql("select id, account_id, name, title, is_primary from contact order by id")
			.query((rs, row) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/**
	 * PostgreSQL's search documents, without their name buckets (cut from the batch that
	 * was written first); none on H2, which keeps none.
	 */
	private List<String> searchDocuments() {
		if (!hasSearchDocuments()) {
			return List.of();
		}
		return jdbc.sql("select account_id, names, status from account_search_doc order by account_id")
			.query((rs, row) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private boolean hasSearchDocuments() {
		return count(
				"select count(*) from information_schema.tables where lower(table_name) = 'account_search_doc'") > 0;
	}

	/**
	 * Back to an empty archive, whichever test ran before (users stay: a load reuses its
	 * account managers).
	 */
	private void emptyTheArchive() {
		if (hasSearchDocuments()) {
			jdbc.sql("delete from account_search_doc").update();
			jdbc.sql("delete from account_search_bucket where bucket <> 0").update();
		}
		jdbc.sql("delete from contact").update();
		jdbc.sql("delete from account").update();
		jdbc.sql("update account_tally set n = 0").update();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
