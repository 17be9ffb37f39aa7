package org.kam.account.search;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.kam.governance.SqlCondition;
import org.kam.shared.CountCap;
import org.kam.shared.SqlFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A keyword with the list's other filters, matched against PostgreSQL's search documents
 * (V21_0, keyed by V22_0): the keys of the keyword's tokens and of the filters' values
 * meet in one GIN lookup, LIKE confirms a longer keyword, the filtered columns confirm
 * the filters (their keys are hashes), and the access condition applies to the document's
 * owner. The documents alone answer the counts; a page in name order walks the name
 * buckets.
 * <p>
 * A common keyword (有限公司, ltd: in a sixth of the names or more, by a sample) is not
 * looked up by its tokens: intersecting posting lists of most of the archive costs more
 * than reading documents until the count's cap, and a page in name order then reads the
 * accounts in name order and checks each one's document, a few rows per match.
 * <p>
 * The document table is aliased {@code a}, as the account is elsewhere, so that the
 * access condition (written over {@code a.owner_id}) reads the document's copy.
 */
final class DocumentMatch {

	/** The indexed expression of V22_0, written as the index has it, over documents a. */
	private static final String KEYS = keysOf("a");

	private final JdbcClient jdbc;

	private final Keyword keyword;

	private final ListFilters filters;

	private final boolean filtered;

	private final SqlCondition access;

	/**
	 * The share of sampled documents that makes a keyword common; 0 or less: every
	 * keyword is.
	 */
	private final double commonShare;

	/** Capped counts already made, by cap: a request asks for the same one twice. */
	private final Map<Long, Long> counted = new HashMap<>();

	private Boolean common;

	DocumentMatch(JdbcClient jdbc, Keyword keyword, KeywordQuery query, double commonShare) {
		this.jdbc = jdbc;
		this.keyword = keyword;
		this.filters = query.filters();
		this.filtered = filters.any();
		this.access = query.access();
		this.commonShare = commonShare;
	}

	/** Adds "the account matches" to a query over {@code account a}. */
	void addCondition(SqlFilter sql) {
		if (common()) {
			// checked on each account the query reads, in its order: "offset 0" keeps the
			// check per account where PostgreSQL would hash every matching document
			keyword.bind(sql);
			sql.and("exists (select 1 from account_search_doc d where d.account_id = a.id and " + like("d")
					+ " offset 0)");
		}
		else {
			sql.and("a.id in (select a.account_id from account_search_doc a where " + matching(sql, null) + ")");
		}
	}

	/**
	 * Whether a page in name order should walk the name buckets: a keyword that is not
	 * common when it matches more than {@code walkAbove} accounts (fewer are sorted), a
	 * common one when it matches more than {@code commonWalkAbove} (fewer are found
	 * sooner by reading the accounts in the order of the index that the other filters
	 * pick, such as an account manager's own).
	 */
	boolean walks(long walkAbove, long commonWalkAbove) {
		return countUpTo(CountCap.COUNT_UP_TO) > (common() ? commonWalkAbove : walkAbove);
	}

	/**
	 * Whether the keyword is common: a sample of about 0.5 % of the documents' pages, the
	 * same pages every time, holds at least 1,000 documents and {@link #commonShare} of
	 * them match. A small archive is never common: its lookups are cheap anyway.
	 */
	private boolean common() {
		if (common == null) {
			if (commonShare <= 0) {
				common = true;
			}
			else {
				SqlFilter sql = new SqlFilter();
				keyword.bind(sql);
				common = jdbc
					.sql("select count(*) filter (where " + like("a") + "), count(*)"
							+ " from account_search_doc a tablesample system (0.5) repeatable (0)")
					.params(sql.params())
					.query((rs, row) -> rs.getLong(2) >= 1_000 && rs.getLong(1) >= commonShare * rs.getLong(2))
					.single();
			}
		}
		return common;
	}

	/**
	 * A common keyword's matches in bucket {@code b}, in name order up to {@code :reach}:
	 * the bucket's documents read in name order from its index, which holds every column
	 * checked, once the bucket's own keys say that it holds the keyword at all (in an
	 * archive sorted by name a common Chinese keyword is in none of the buckets of
	 * English names, which come first).
	 */
	private String commonInBucket(SqlFilter params, String dir) {
		keyword.bind(params);
		List<String> gates = new ArrayList<>();
		gates.add(bucketHas(params, nameKeys(params, "b.bucket"), "b.bucket"));
		if (!keyword.usccTokens().isEmpty()) {
			gates.add(bucketHas(params, usccKeys(params, "b.bucket"), "b.bucket"));
		}
		return withAccess(params,
				"a.bucket = b.bucket and " + like("a") + filters.columns(params, "a") + " and ("
						+ String.join(" or ", gates) + ")")
				+ " order by a.name_key " + dir + ", a.account_id " + dir + " limit :reach";
	}

	/**
	 * "Bucket b has a document with these keys and the filters' keys in that bucket"
	 * ({@code bucket}, SQL), from the index (V22_0's kam_search_has); a filter's hash
	 * that another value shares only lets a bucket be read in vain.
	 */
	private String bucketHas(SqlFilter params, List<String> keys, String bucket) {
		List<String> wanted = new ArrayList<>(keys);
		wanted.addAll(filters.keys(params, bucket));
		return "kam_search_has(array[" + String.join(", ", wanted) + "]::bigint[])";
	}

	private static String keysOf(String alias) {
		return "kam_search_keys(%1$s.names, %1$s.uscc, %1$s.status, %1$s.province_code, %1$s.city_code,"
			.formatted(alias)
				+ " %1$s.industry, %1$s.urgency, %1$s.tier, %1$s.owner_id, %1$s.size_band, %1$s.bucket)"
					.formatted(alias);
	}

	/** The LIKE that decides a match, on the documents aliased {@code alias}. */
	private String like(String alias) {
		String names = alias + ".names like :q escape '\\'";
		return keyword.usccTokens().isEmpty() ? names
				: "(" + names + " or " + alias + ".uscc like :qUpper escape '\\')";
	}

	/**
	 * Adds "the account is among the first {@code reach} matching accounts in name
	 * order": the buckets are read in name order, each one's matches (looked up by that
	 * bucket's tokens) sorted, until {@code reach} are found ("offset 0" keeps each
	 * bucket's lookup apart, so that the incremental sort stops after the bucket that
	 * completes the reach).
	 */
	void addFirstByName(SqlFilter sql, boolean ascending, long reach) {
		String dir = ascending ? "asc" : "desc";
		// a common keyword alone reads each bucket in name order; otherwise the
		// bucket's own keys and the filters' find the few that pass
		String inBucket = common() && !filtered ? commonInBucket(sql, dir) : matching(sql, "b.bucket") + " offset 0";
		// "= any(array(…))" runs the walk once; with "in (…)" PostgreSQL ran it
		// again for each account read (on a small archive, where that looked cheap)
		sql.and("a.id = any(array(select w.account_id from (select d.account_id from account_search_bucket b"
				+ " cross join lateral (select a.account_id, a.name_key from account_search_doc a where " + inBucket
				+ ") d order by b.lower_bound " + dir + ", d.name_key " + dir + ", d.account_id " + dir
				+ " limit :reach) w))");
		sql.param("reach", reach);
	}

	/** The matching accounts, counted no further than {@code cap}, once per cap. */
	long countUpTo(long cap) {
		return counted.computeIfAbsent(cap, c -> {
			SqlFilter sql = new SqlFilter();
			String where = matching(sql, null);
			// no column in the select list: pages all visible need not be read to count
			return jdbc.sql("select count(*) from (select from account_search_doc a where " + where + " limit :cap) k")
				.params(sql.params())
				.param("cap", c)
				.query(Long.class)
				.single();
		});
	}

	/** The matching accounts per status. */
	Map<String, Long> countByStatus() {
		SqlFilter sql = new SqlFilter();
		String where = matching(sql, null);
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select a.status, count(*) from account_search_doc a where " + where + " group by a.status")
			.params(sql.params())
			.query((ResultSet rs) -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	/**
	 * The conditions on documents {@code a}: by name (the keyword's name keys, and LIKE
	 * for a longer one) or by USCC, with the filters' keys and columns and the access
	 * condition. In one bucket, through its own keys, when {@code bucket} (SQL) is given,
	 * else in every bucket (a common keyword then by LIKE alone, with the filters'). The
	 * parameters are bound in {@code params}, which may be the query the conditions end
	 * up in.
	 * <p>
	 * A name or USCC match, once found by its tokens, is confirmed by LIKE on either
	 * column: a document whose names contain the keyword has its name tokens, one whose
	 * USCC does has its USCC tokens, so the condition is the same, and the index answers
	 * the tokens alone (an {@code or} of token-and-LIKE pairs made PostgreSQL compute the
	 * tokens again on every row).
	 */
	private String matching(SqlFilter params, String bucket) {
		keyword.bind(params);
		String columns = filters.columns(params, "a");
		if (bucket == null && common()) {
			String byFilters = filtered ? " and " + withKeys(params, List.of(), null) : "";
			return withAccess(params, like("a") + byFilters + columns);
		}
		String byName = withKeys(params, nameKeys(params, bucket), bucket);
		String condition;
		if (!keyword.usccTokens().isEmpty()) {
			condition = "((" + byName + ") or (" + withKeys(params, usccKeys(params, bucket), bucket) + "))"
					+ " and (a.names like :q escape '\\' or a.uscc like :qUpper escape '\\')";
		}
		else {
			condition = keyword.isShort() ? byName : byName + " and a.names like :q escape '\\'";
		}
		return withAccess(params, condition + columns);
	}

	private String withAccess(SqlFilter params, String condition) {
		if (access.unrestricted()) {
			return condition;
		}
		access.params().forEach(params::param);
		return condition + " and (" + access.sql() + ")";
	}

	/**
	 * The documents whose keys include these and the filters' keys: those of bucket
	 * {@code bucket} (SQL) when given, else those of any bucket.
	 */
	private String withKeys(SqlFilter params, List<String> keys, String bucket) {
		List<String> required = new ArrayList<>(keys);
		required.addAll(filters.keys(params, bucket));
		return KEYS + " @> array[" + String.join(", ", required) + "]::bigint[]";
	}

	/**
	 * The keys of the keyword's name tokens as SQL: in bucket {@code bucket} (SQL) when
	 * given, else in any bucket.
	 */
	private List<String> nameKeys(SqlFilter params, String bucket) {
		return keys(params, "nameKey", keyword.nameTokens(),
				bucket == null ? SearchKeys::name : SearchKeys::nameInBucket, bucket);
	}

	/** As {@link #nameKeys}, for the keyword's USCC tokens. */
	private List<String> usccKeys(SqlFilter params, String bucket) {
		return keys(params, "usccKey", keyword.usccTokens(),
				bucket == null ? SearchKeys::uscc : SearchKeys::usccInBucket, bucket);
	}

	/**
	 * The tokens' keys bound as {@code name0} … (in a bucket: {@code nameInBucket0} …, a
	 * query may hold both), put in {@code bucket} (SQL) when given.
	 */
	private static List<String> keys(SqlFilter params, String name, List<String> tokens, Function<String, Long> key,
			String bucket) {
		List<String> bound = bindAll(params, bucket == null ? name : name + "InBucket",
				tokens.stream().map(key).toList());
		return bucket == null ? bound : bound.stream().map(k -> SearchKeys.inBucket(k, bucket)).toList();
	}

	/** Binds each value as {@code name0}, {@code name1} …; answers the placeholders. */
	private static List<String> bindAll(SqlFilter params, String name, List<?> values) {
		List<String> placeholders = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			params.param(name + i, values.get(i));
			placeholders.add(":" + name + i);
		}
		return placeholders;
	}

}
