package org.kam.account.search;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kam.shared.SqlFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A keyword looked up through the search terms (PostgreSQL, V13_0): a short keyword is a
 * term itself; a longer one walks the rows of its rarest pair of characters, checks the
 * keyword against the name_key stored with them or against the accounts whose contacts
 * match (a trigram index finds those), and adds the accounts whose USCC contains it. The
 * term's rows are in name order, so a page by name reads only as many as it needs.
 */
final class TermWalk {

	private static final String CONTACT_IDS = """
			array(select account_id from contact where name_key like :q escape '\\' and deleted_at is null)""";

	private final JdbcClient jdbc;

	private final Keyword keyword;

	private final String term;

	TermWalk(JdbcClient jdbc, Keyword keyword, String term) {
		this.jdbc = jdbc;
		this.keyword = keyword;
		this.term = term;
	}

	/** Adds "the account matches" to a query over {@code account a}. */
	void addCondition(SqlFilter sql) {
		bind(sql);
		sql.and("a.id in (select k.id from (" + matchingRows() + ") k)");
	}

	/**
	 * Adds "the account is among the first {@code reach} matching accounts in name order
	 * that pass the conditions already in {@code sql}, or matches by USCC": a superset of
	 * the page, which the caller orders and cuts.
	 */
	void addFirstByName(SqlFilter sql, boolean ascending, long reach) {
		bind(sql);
		String dir = ascending ? "asc" : "desc";
		String walk = "(select s.account_id from account_search s join account a on a.id = s.account_id" + sql.where()
				+ " and s.term = :term" + match() + " order by s.name_key " + dir + ", s.account_id " + dir
				+ " limit :reach)";
		sql.and("a.id in ("
				+ (keyword.isShort() ? walk : walk + " union all (select k.id from (" + usccOnlyRows() + ") k)") + ")");
		sql.param("reach", reach);
	}

	/**
	 * The matching accounts, counted from the terms alone, no further than {@code cap}.
	 */
	long countUpTo(long cap) {
		SqlFilter sql = new SqlFilter();
		bind(sql);
		return sql.countUpTo(jdbc, "(" + matchingRows() + ") k", cap);
	}

	/** The matching accounts per status, from the terms alone. */
	Map<String, Long> countByStatus() {
		SqlFilter sql = new SqlFilter();
		bind(sql);
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select k.status, count(*) from (" + matchingRows() + ") k group by k.status")
			.params(sql.params())
			.query((ResultSet rs) -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	private void bind(SqlFilter sql) {
		keyword.bind(sql);
		sql.param("term", term);
	}

	/**
	 * The live accounts that match (with the status filter), each once, as {@code id} and
	 * {@code status}, without reading the accounts: the rows of the term, and for longer
	 * keywords the USCC matches that the term's rows do not already hold.
	 */
	private String matchingRows() {
		String termRows = "select s.account_id as id, s.status from account_search s where s.term = :term" + match();
		return keyword.isShort() ? termRows : termRows + " union all " + usccOnlyRows();
	}

	/**
	 * The conditions on a term's rows: the status, and for a longer keyword the keyword
	 * itself (the term's rows are candidates, the keyword decides).
	 */
	private String match() {
		String onStatus = keyword.status() == null ? "" : " and s.status = :status";
		return keyword.isShort() ? onStatus
				: onStatus + " and (s.name_key like :q escape '\\' or s.account_id = any(" + CONTACT_IDS.strip() + "))";
	}

	private String usccOnlyRows() {
		return "select u.id, u.status from account u where u.deleted_at is null"
				+ (keyword.status() == null ? "" : " and u.status = :status") + " and u.uscc like :qUpper escape '\\'"
				+ " and not (u.name_key like :q escape '\\') and not (u.id = any(" + CONTACT_IDS.strip() + "))";
	}

}
