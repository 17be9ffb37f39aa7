package org.kam.dataops;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kam.support.FreshDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up load into an empty database, as {@code KAM_DEMO_ACCOUNTS=2000} would do
 * it; on H2 and on PostgreSQL, each in a database of its own.
 */
@FreshDatabase
@SpringBootTest(properties = { "kam.admin-password=demo-test-password", "kam.demo.accounts=2000", "kam.demo.seed=11" })
class DemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demoData;

	@Test
	void fillsAnEmptyDatabaseOnceAndOnlyOnce() {
		assertThat(count("select count(*) from account")).isEqualTo(2000);
		assertThat(count("select count(*) from account where owner_id is not null")).isGreaterThan(1900);
		assertThat(count("select count(*) from contact")).isBetween(2000L, 8000L);
		assertThat(count(
				"select count(*) from account a where not exists (select 1 from contact c where c.account_id = a.id)"))
			.isZero();
		assertThat(count("select count(*) from contact where is_primary")).isEqualTo(2000);
		assertThat(count("select count(distinct uscc_live) from account")).isEqualTo(2000);
		assertThat(count("""
				select count(*) from app_user u join app_user_role r on r.user_id = u.id
				where u.username like 'am%' and r.role = 'ACCOUNT_MANAGER'""")).isEqualTo(5);

		assertThat(demoData.load(2000, 11).skipped()).isTrue();
		assertThat(count("select count(*) from account")).isEqualTo(2000);
	}

	@Test
	void identityColumnsContinueAfterTheLoadedIds() {
		long maxAccount = count("select max(id) from account");
		long maxContact = count("select max(id) from contact");
		LaterRows.Ids later = LaterRows.insert(jdbc);
		assertThat(later.account()).isEqualTo(maxAccount + 1);
		assertThat(later.contact()).isEqualTo(maxContact + 1);
		LaterRows.delete(jdbc);
	}

	@Test
	void loadedAccountsAreFoundByTheShortKeywordsOfTheirNamesAndContacts() {
		long searchTables = count(
				"select count(*) from information_schema.tables where lower(table_name) = 'account_search_doc'");
		if (searchTables == 0) {
			return; // H2 keeps no search documents: its keywords scan
		}
		for (String term : List.of("王", "科技", "co", "l", "有限")) {
			long byToken = jdbc
				.sql("""
						select count(*) from account_search_doc a
						where kam_search_keys(a.names, a.uscc, a.status, a.province_code, a.city_code, a.industry, a.urgency,
						                      a.tier, a.owner_id, a.size_band, a.bucket)
						 && (select array_agg(:key | (b.bucket::bigint << 42)) from account_search_bucket b)""")
				.param("key", nameInBucket(term))
				.query(Long.class)
				.single();
			long byScan = jdbc.sql("""
					select count(*) from account a where a.deleted_at is null and (a.name_key like :like
					  or exists (select 1 from contact c where c.account_id = a.id and c.deleted_at is null
					    and c.name_key like :like))""").param("like", "%" + term + "%").query(Long.class).single();
			assertThat(byToken).as(term).isEqualTo(byScan).isPositive();
		}
		assertThat(count("select count(*) from account_search_bucket")).as("name buckets cut by the load")
			.isGreaterThan(10);
		assertThat(count("""
				select count(*) from account_search_doc d
				where d.bucket <> (select b.bucket from account_search_bucket b where b.lower_bound <= d.name_key
				                   order by b.lower_bound desc limit 1)""")).as("documents outside their name's bucket")
			.isZero();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/**
	 * The key of a name token of one or two characters in a bucket, before the bucket
	 * (V22_0): kind 2, the characters' code points.
	 */
	private static long nameInBucket(String token) {
		int[] points = token.codePoints().toArray();
		long value = points.length == 1 ? points[0] : (long) points[0] << 21 | points[1];
		return 2L << 60 | value;
	}

}
