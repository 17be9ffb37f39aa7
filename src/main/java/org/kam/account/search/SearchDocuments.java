package org.kam.account.search;

import java.util.List;
import java.util.Locale;

import org.kam.shared.Database;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps PostgreSQL's search documents (V21_0): per live account, one row with its name
 * and its live contacts' names, its USCC and the columns the list filters on, under one
 * GIN index of their tokens; {@link DocumentSearch} reads them. Each write that changes
 * an account or its contacts rewrites the account's document in the writer's transaction
 * ({@link #refresh(long)}). H2 has no such table: its keyword search scans
 * ({@link LikeScan}).
 * <p>
 * Documents are cut into buckets of consecutive names so that a page in name order reads
 * a few buckets instead of sorting every match. {@link #cutBuckets()} splits a bucket
 * that grew to twice the mean size; writers hold a share lock on the bucket table, the
 * cut an exclusive one, so no document is written into a bucket while it is being split.
 */
@Repository
public class SearchDocuments {

	/** Buckets the documents are cut into, about equally large. */
	static final int BUCKETS = 64;

	/** No bucket is cut smaller than this. */
	static final int SMALLEST_BUCKET = 16;

	private static final String DOCUMENTS_OF_ACCOUNTS = """
			insert into account_search_doc (account_id, bucket, name_key, names, uscc, status, province_code, city_code,
			  industry, urgency, tier, owner_id, size_band)
			select a.id,
			  (select b.bucket from account_search_bucket b where b.lower_bound <= a.name_key
			   order by b.lower_bound desc limit 1),
			  a.name_key,
			  concat_ws(chr(10), a.name_key, (select string_agg(c.name_key, chr(10) order by c.id) from contact c
			                                   where c.account_id = a.id and c.deleted_at is null)),
			  a.uscc, a.status, a.province_code, a.city_code, a.industry, a.urgency, a.tier, a.owner_id, a.size_band
			from account a
			where a.deleted_at is null and a.id between :first and :last""";

	private final JdbcClient jdbc;

	private final boolean kept;

	SearchDocuments(JdbcClient jdbc, Database database) {
		this.jdbc = jdbc;
		this.kept = database.postgres();
	}

	/**
	 * A name as stored for sorting and matching, and a keyword as matched against it:
	 * trimmed, lower case.
	 */
	public static String nameKey(String name) {
		return name.trim().toLowerCase(Locale.ROOT);
	}

	/** Whether the documents exist here (PostgreSQL). */
	public boolean kept() {
		return kept;
	}

	/**
	 * Rewrites one account's document after the account or its contacts changed (or
	 * removes it, once the account is deleted). The account row is locked first: two
	 * contacts saved at once for the same account then rewrite one after the other, the
	 * second from what the first committed.
	 */
	public void refresh(long accountId) {
		if (!kept) {
			return;
		}
		jdbc.sql("select id from account where id = :id for update").param("id", accountId).query(Long.class).list();
		rewrite(accountId, accountId);
	}

	/**
	 * Writes the documents of accounts that a bulk load has just inserted with their
	 * contacts, in the loader's transaction. Loaders writing disjoint id ranges at once
	 * do not wait for each other: each deletes and inserts only rows of its own range.
	 */
	public void refresh(long firstAccountId, long lastAccountId) {
		if (kept) {
			rewrite(firstAccountId, lastAccountId);
		}
	}

	private void rewrite(long first, long last) {
		jdbc.sql("lock table account_search_bucket in share mode").update();
		jdbc.sql("delete from account_search_doc where account_id between :first and :last")
			.param("first", first)
			.param("last", last)
			.update();
		jdbc.sql(DOCUMENTS_OF_ACCOUNTS).param("first", first).param("last", last).update();
	}

	/**
	 * Writes the document of every live account anew, as V21_0 did: the name buckets cut
	 * into {@value #BUCKETS} of about equal size from the accounts' names, the documents
	 * written by one statement, the keys' index built afresh (dropped first, created
	 * again from its own definition). PostgreSQL builds a GIN index from sorted keys
	 * several times faster than it adds the keys of one batch after another: this is for
	 * a bulk load into an empty archive, which writes its accounts without documents.
	 * Searches wait meanwhile (the index is dropped in this transaction). A database user
	 * that does not own the index (a schema owned by another role) cannot drop it: the
	 * documents are then written with the index in place, slower but the same.
	 */
	@Transactional
	public void writeAll() {
		if (!kept) {
			return;
		}
		jdbc.sql("lock table account_search_bucket in exclusive mode").update();
		boolean rebuild = jdbc.sql("""
				select pg_has_role(current_user, c.relowner, 'USAGE') from pg_class c
				where c.oid = 'ix_account_search_doc_keys'::regclass""").query(Boolean.class).single();
		String keysIndex = null;
		if (rebuild) {
			keysIndex = jdbc.sql("select pg_get_indexdef('ix_account_search_doc_keys'::regclass)")
				.query(String.class)
				.single();
			jdbc.sql("drop index ix_account_search_doc_keys").update();
		}
		jdbc.sql("delete from account_search_doc").update();
		jdbc.sql("delete from account_search_bucket where bucket > 0").update();
		jdbc.sql("""
				insert into account_search_bucket (bucket, lower_bound)
				select t - 1, min(name_key)
				from (select name_key, ntile(:buckets) over (order by name_key) as t
				      from account where deleted_at is null) as tiles
				where t > 1
				group by t
				on conflict (lower_bound) do nothing""").param("buckets", BUCKETS).update();
		jdbc.sql(DOCUMENTS_OF_ACCOUNTS).param("first", Long.MIN_VALUE).param("last", Long.MAX_VALUE).update();
		if (rebuild) {
			jdbc.sql(keysIndex).update();
		}
		jdbc.sql("analyze account_search_doc").update();
	}

	/**
	 * Splits every bucket that holds more than twice its share of the documents into
	 * parts of about that share, cut at the names found there; returns how many buckets
	 * were added. Cheap when the buckets are even: one count per bucket.
	 */
	@Transactional
	public int cutBuckets() {
		return kept ? cutBuckets(BUCKETS, SMALLEST_BUCKET) : 0;
	}

	/**
	 * As {@link #cutBuckets()}, for that many buckets of at least {@code smallest}
	 * documents (tests cut small buckets to walk many of them).
	 */
	public int cutBuckets(int buckets, int smallest) {
		jdbc.sql("lock table account_search_bucket in exclusive mode").update();
		long documents = jdbc.sql("select count(*) from account_search_doc").query(Long.class).single();
		long share = Math.max(smallest, (documents + buckets - 1) / buckets);
		List<Long> oversized = jdbc.sql("""
				select bucket from account_search_doc group by bucket having count(*) > :limit order by bucket""")
			.param("limit", 2 * share)
			.query(Long.class)
			.list();
		int added = 0;
		for (long bucket : oversized) {
			added += split(bucket, share);
		}
		return added;
	}

	/**
	 * Cuts one bucket at every {@code share}-th name, gives each new lower bound a bucket
	 * and moves the documents from the first new bound on.
	 */
	private int split(long bucket, long share) {
		int added = jdbc
			.sql("""
					insert into account_search_bucket (bucket, lower_bound)
					select (select max(bucket) from account_search_bucket) + row_number() over (order by name_key), name_key
					from (select distinct name_key from (
					        select name_key, row_number() over (order by name_key) as n
					        from account_search_doc where bucket = :bucket) as named
					      where n > 1 and (n - 1) % :share = 0
					        and name_key > (select lower_bound from account_search_bucket where bucket = :bucket)) as bounds""")
			.param("bucket", bucket)
			.param("share", share)
			.update();
		if (added > 0) {
			jdbc.sql("""
					update account_search_doc d
					set bucket = (select b.bucket from account_search_bucket b where b.lower_bound <= d.name_key
					              order by b.lower_bound desc limit 1)
					where d.bucket = :bucket
					  and d.name_key >= (select min(lower_bound) from account_search_bucket where lower_bound >
					                       (select lower_bound from account_search_bucket where bucket = :bucket))""")
				.param("bucket", bucket)
				.update();
		}
		return added;
	}

}
