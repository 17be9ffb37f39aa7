package org.kam.account.search;

import java.util.Map;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kam.governance.SqlCondition;
import org.kam.shared.SqlFilter;
import org.kam.support.BothDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A keyword's tokens, and the search documents' name buckets on each database (H2 keeps
 * none). Every test rolls back.
 */
@BothDatabases
@Transactional
class SearchDocumentsTests {

	@Autowired
	SearchDocuments searchDocuments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aKeywordsTokensAreCountedInCharactersNotChars() {
		Keyword keyword = Keyword.of(query("A华𠀋b"));

		assertThat(keyword.nameTokens()).containsExactly("a华", "华𠀋", "𠀋b");
		assertThat(keyword.usccTokens()).as("no USCC has 华").isEmpty();
		assertThat(Keyword.of(query("华𠀋")).nameTokens()).containsExactly("华𠀋");
	}

	@Test
	void aKeywordOfUsccCharactersAlsoHasUsccTokens() {
		Keyword keyword = Keyword.of(query(" 1xy7q "));

		assertThat(keyword.nameTokens()).containsExactly("1x", "xy", "y7", "7q");
		assertThat(keyword.usccTokens()).containsExactly("1XY", "XY7", "Y7Q");
		assertThat(Keyword.of(query("1x")).usccTokens()).as("too short for a USCC").isEmpty();
	}

	@Test
	void aKeywordsKeysAreTheKeysTheDatabaseGivesItsDocuments() {
		if (!searchDocuments.kept()) {
			return; // H2 keeps no documents
		}
		List<Long> bucket7 = jdbc.sql("""
				select unnest(kam_search_keys('x华𠀋' || chr(10) || '王五', '91320500MA1XY7QK3N', 'POTENTIAL', null, null,
				                              null, 'DEFERRED', null, null, null, 7))""").query(Long.class).list();
		long inBucket7 = 7L << 42;

		assertThat(bucket7)
			.contains(SearchKeys.name("华"), SearchKeys.name("华𠀋"), SearchKeys.name("x华"), SearchKeys.name("王五"),
					SearchKeys.uscc("1XY"), SearchKeys.uscc("913"), SearchKeys.nameInBucket("华𠀋") | inBucket7,
					SearchKeys.nameInBucket("五") | inBucket7, SearchKeys.usccInBucket("K3N") | inBucket7)
			.doesNotContain(SearchKeys.name("𠀋王"), SearchKeys.nameInBucket("华𠀋"), SearchKeys.uscc("3NX"));
		assertThat(jdbc.sql("select " + SearchKeys.inBucket(":key", "7") + " = :expected")
			.param("key", SearchKeys.nameInBucket("华𠀋"))
			.param("expected", SearchKeys.nameInBucket("华𠀋") | inBucket7)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void cuttingBucketsKeepsEachDocumentInTheBucketOfItsName() {
		if (!searchDocuments.kept()) {
			assertThat(searchDocuments.cutBuckets()).isZero();
			return;
		}
		jdbc.sql("""
				insert into account_search_doc (account_id, bucket, name_key, names, status, urgency)
				select -g, (select b.bucket from account_search_bucket b where b.lower_bound <= 'cut '
				            order by b.lower_bound desc limit 1),
				  'cut ' || lpad(g::text, 4, '0'), 'cut ' || lpad(g::text, 4, '0'), 'POTENTIAL', 'DEFERRED'
				from generate_series(1, 300) as g""").update();
		long share = Math.max(4, (documents() + 999) / 1_000);

		int added = searchDocuments.cutBuckets(1_000, 4);

		assertThat(added).isPositive();
		assertThat(jdbc.sql("""
				select count(*) from account_search_doc d
				where d.bucket <> (select b.bucket from account_search_bucket b where b.lower_bound <= d.name_key
				                   order by b.lower_bound desc limit 1)""").query(Long.class).single())
			.as("documents in another bucket than their name's")
			.isZero();
		List<Long> largest = jdbc.sql("select count(*) from account_search_doc group by bucket order by 1 desc limit 1")
			.query(Long.class)
			.list();
		assertThat(largest.get(0)).isLessThanOrEqualTo(2 * share);
		assertThat(searchDocuments.cutBuckets(1_000, 4)).as("even buckets are left alone").isZero();
	}

	@Test
	void writingAllDocumentsGivesEachLiveAccountOneInItsBucketWithOrWithoutOwningTheKeysIndex() {
		if (!searchDocuments.kept()) {
			searchDocuments.writeAll();
			return; // H2 keeps no documents
		}
		// live accounts, whatever ran before on this database (rolled back with the test)
		jdbc.sql("""
				insert into account (name, name_key, name_match, status, urgency, province_code, city_code, created_at,
				  updated_at)
				values ('写全部 一', '写全部 一', '写全部一', 'POTENTIAL', 'DEFERRED', '440000', '440300', now(), now()),
				       ('写全部 二', '写全部 二', '写全部二', 'INTENDED', 'DEFERRED', null, null, now(), now())""").update();
		searchDocuments.writeAll();
		assertEveryLiveAccountHasItsDocumentUnderTheKeysIndex();

		// a role that may write the tables but does not own the index (rolled back with
		// the test)
		jdbc.sql("create role kam_test_not_owner").update();
		jdbc.sql("""
				grant select, insert, update, delete on account_search_doc, account_search_bucket, account, contact
				to kam_test_not_owner""").update();
		jdbc.sql("set local role kam_test_not_owner").update();
		searchDocuments.writeAll();
		jdbc.sql("reset role").update();
		assertEveryLiveAccountHasItsDocumentUnderTheKeysIndex();
	}

	private void assertEveryLiveAccountHasItsDocumentUnderTheKeysIndex() {
		assertThat(jdbc.sql("select count(*) from pg_indexes where indexname = 'ix_account_search_doc_keys'")
			.query(Long.class)
			.single()).isOne();
		assertThat(documents()).isPositive()
			.isEqualTo(jdbc.sql("select count(*) from account where deleted_at is null").query(Long.class).single());
		assertThat(jdbc.sql("""
				select count(*) from account_search_doc d
				where d.bucket <> (select b.bucket from account_search_bucket b where b.lower_bound <= d.name_key
				                   order by b.lower_bound desc limit 1)""").query(Long.class).single()).isZero();
		assertThat(jdbc
			.sql("""
					select count(*) from account_search_doc a
					where kam_search_keys(a.names, a.uscc, a.status, a.province_code, a.city_code, a.industry, a.urgency,
					                      a.tier, a.owner_id, a.size_band, a.bucket) @> array[kam_filter_key(1, 'POTENTIAL')]""")
			.query(Long.class)
			.single())
			.as("found by a key")
			.isEqualTo(jdbc.sql("select count(*) from account where deleted_at is null and status = 'POTENTIAL'")
				.query(Long.class)
				.single());
	}

	private long documents() {
		return jdbc.sql("select count(*) from account_search_doc").query(Long.class).single();
	}

	private static KeywordQuery query(String keyword) {
		return new KeywordQuery(keyword, new ListFilters(null, null, null, null, null, null, null, null),
				new SqlCondition("1 = 1", Map.of()), SqlFilter::new);
	}

}
