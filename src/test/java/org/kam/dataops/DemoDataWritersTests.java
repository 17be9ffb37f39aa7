package org.kam.dataops;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kam.account.AccountApi;
import org.kam.account.AccountStatus;
import org.kam.account.BulkLoad;
import org.kam.account.DecisionRole;
import org.kam.account.NewAccount;
import org.kam.account.NewContact;
import org.kam.account.SizeBand;
import org.kam.account.Urgency;
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

	@Autowired
	AccountApi accountApi;

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

	@Test
	void aBulkLoadIntoAnArchiveWithAccountsWritesTheSearchDocumentsBatchByBatchAsALoadIntoAnEmptyOneAtItsEnd() {
		emptyTheArchive();
		bulkLoad(3, 40);
		List<String> atTheEnd = documentContents();
		emptyTheArchive();
		LaterRows.insert(jdbc);
		try {
			bulkLoad(3, 40);

			assertThat(documentContents()).isEqualTo(atTheEnd);
			assertThat(count("select count(*) from account a where a.name_key like 'bulk %'")).isEqualTo(120);
			if (hasSearchDocuments()) {
				assertThat(atTheEnd).hasSize(120);
				assertThat(
						count("""
								select count(*) from account_search_doc d
								where d.bucket <> (select b.bucket from account_search_bucket b where b.lower_bound <= d.name_key
								                   order by b.lower_bound desc limit 1)"""))
					.as("documents outside their name's bucket")
					.isZero();
				assertThat(count("select count(*) from account_search_bucket")).as("buckets cut after the first batch")
					.isGreaterThan(1);
			}
		}
		finally {
			LaterRows.delete(jdbc);
		}
	}

	/**
	 * That many batches of accounts named "Bulk …", each with a contact, by one writer.
	 */
	private void bulkLoad(int batches, int perBatch) {
		OffsetDateTime now = OffsetDateTime.of(2026, 12, 7, 0, 0, 0, 0, ZoneOffset.ofHours(8));
		BulkLoad load = accountApi.bulkLoad();
		for (int b = 0; b < batches; b++) {
			List<NewAccount> batch = new ArrayList<>();
			for (int i = 0; i < perBatch; i++) {
				String name = "Bulk %03d 华信".formatted(b * perBatch + i);
				batch.add(new NewAccount(name, null, "制造业", null, null, null, null, SizeBand.SMALL, null, null,
						AccountStatus.POTENTIAL, Urgency.CAN_WAIT, null, null, List.of(), null, null, null, now, now,
						null, List.of(new NewContact("王" + i, null, DecisionRole.USER, null, null, null, null, true))));
			}
			load.write(load.reserve(batch));
		}
		load.finish();
	}

	/** The search documents of loaded accounts without ids and buckets, by name. */
	private List<String> documentContents() {
		if (!hasSearchDocuments()) {
			return List.of();
		}
		return jdbc.sql("""
				select names, status, industry, size_band from account_search_doc
				where name_key like 'bulk %' order by name_key""")
			.query((rs, row) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
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
