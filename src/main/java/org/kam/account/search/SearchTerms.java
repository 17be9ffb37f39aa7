package org.kam.account.search;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps the {@code account_search} table of PostgreSQL (V13_0): per live account, every
 * character and pair of characters of its name and its live contacts' names. Each write
 * that changes a name rewrites the account's terms in the writer's transaction, through
 * {@link #refresh(long)}; {@link TermLookup} reads them. H2 has no such table: its
 * keyword search scans ({@link LikeScan}).
 */
@Repository
public class SearchTerms {

	private static final String TERMS_OF_ACCOUNTS = """
			insert into account_search (term, name_key, account_id, status)
			select g.term, a.name_key, a.id, a.status
			from account a
			cross join lateral (select unnest(kam_short_grams(a.name_key))
			                    union
			                    select unnest(kam_short_grams(c.name_key))
			                    from contact c where c.account_id = a.id and c.deleted_at is null) as g(term)
			where a.deleted_at is null and a.id between :first and :last""";

	/** How long the term frequencies of the last ANALYZE are reused. */
	private static final Duration STATISTICS_AGE = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final boolean kept;

	private final Clock clock;

	private volatile Frequencies frequencies = new Frequencies(Map.of(), 0, Instant.MIN);

	SearchTerms(JdbcClient jdbc, Database database, Clock clock) {
		this.jdbc = jdbc;
		this.kept = database.postgres();
		this.clock = clock;
	}

	/**
	 * A name as stored for sorting and matching, and a keyword as matched against it:
	 * trimmed, lower case.
	 */
	public static String nameKey(String name) {
		return name.trim().toLowerCase(Locale.ROOT);
	}

	/** Whether the table exists here (PostgreSQL). */
	public boolean kept() {
		return kept;
	}

	/**
	 * Rewrites one account's terms after its name, its status or its contacts changed.
	 * The account row is locked first: two contacts saved at once for the same account
	 * then rewrite one after the other, the second from what the first committed.
	 */
	public void refresh(long accountId) {
		if (!kept) {
			return;
		}
		jdbc.sql("select id from account where id = :id for update").param("id", accountId).query(Long.class).list();
		rewrite(accountId, accountId);
	}

	/**
	 * Writes the terms of accounts that a bulk load has just inserted with their
	 * contacts, in the loader's transaction. Loaders writing disjoint id ranges at once
	 * do not wait for each other here: the delete finds (and locks) only rows of its own
	 * range, and the rows inserted differ in their account id, part of the primary key.
	 */
	public void refresh(long firstAccountId, long lastAccountId) {
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

	/**
	 * The pair of characters of a keyword (three characters or more) that the fewest
	 * accounts have: every account matching the keyword by name or contact has each of
	 * its pairs, so the rows of the rarest one are the fewest to check. Frequencies come
	 * from PostgreSQL's statistics of the term column (its 1,000 most common values); a
	 * pair missing there is rarer than all of them.
	 */
	String rarestPair(String keyword) {
		Map<String, Double> known = currentFrequencies().byTerm();
		String rarest = null;
		double lowest = Double.MAX_VALUE;
		for (String pair : pairs(keyword)) {
			double frequency = known.getOrDefault(pair, 0.0);
			if (frequency < lowest) {
				rarest = pair;
				lowest = frequency;
			}
		}
		return rarest;
	}

	static List<String> pairs(String keyword) {
		int[] points = keyword.codePoints().toArray();
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i + 1 < points.length; i++) {
			pairs.add(new String(points, i, 2));
		}
		return pairs;
	}

	/**
	 * About how many rows a term has, from the statistics: its share of the table when it
	 * is among the most common terms, else at most the share of the least common of
	 * those.
	 */
	long estimatedRows(String term) {
		Frequencies current = currentFrequencies();
		Double frequency = current.byTerm().get(term);
		double share = frequency != null ? frequency
				: current.byTerm().values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
		return Math.round(share * current.rows());
	}

	private Frequencies currentFrequencies() {
		Frequencies current = frequencies;
		Instant now = clock.instant();
		if (current.readAt().plus(STATISTICS_AGE).isBefore(now)) {
			Map<String, Double> read = new HashMap<>();
			jdbc.sql("""
					select t.term, t.frequency
					from pg_stats s, unnest(s.most_common_vals::text::text[], s.most_common_freqs) as t(term, frequency)
					where s.schemaname = current_schema() and s.tablename = 'account_search' and s.attname = 'term'""")
				.query((ResultSet rs) -> {
					read.put(rs.getString(1), rs.getDouble(2));
				});
			double rows = jdbc.sql("select greatest(reltuples, 0) from pg_class where oid = 'account_search'::regclass")
				.query(Double.class)
				.single();
			current = new Frequencies(Map.copyOf(read), rows, now);
			frequencies = current;
		}
		return current;
	}

	private record Frequencies(Map<String, Double> byTerm, double rows, Instant readAt) {
	}

}
