package org.kam.account.domain;

import java.util.Locale;

import org.kam.shared.SqlFilter;

/**
 * A keyword of the account list as SQL: it matches the name, the USCC or a live contact's
 * name. Keywords of one or two characters match names only (a USCC fragment needs three
 * characters).
 * <p>
 * On PostgreSQL a keyword is looked up in the search terms (V13_0): a short keyword is a
 * term itself; a longer one walks the rows of its rarest pair of characters and checks
 * the keyword against the name_key stored with them, or against the accounts whose
 * contacts match (a trigram index finds those), and adds the accounts whose USCC contains
 * it. In name order this reads only as many rows as the page needs. When the other
 * filters leave few accounts (an account manager's own), the keyword is checked on each
 * of them instead, which costs what they cost whatever the keyword. PostgreSQL plans the
 * LIKE and trigram conditions well only with the actual pattern in view: the postgres
 * profile sets plan_cache_mode=force_custom_plan (see application-postgres.yml).
 * <p>
 * On H2 every keyword is a LIKE over accounts and contacts.
 */
final class AccountKeyword {

	/** Keywords up to this many characters are a term of their own. */
	private static final int SHORT = 2;

	/**
	 * Rows of a longer keyword's pair that cost about as much as checking one account.
	 */
	private static final long ROWS_PER_ACCOUNT = 10;

	private static final String CONTACT_IDS = """
			array(select account_id from contact where name_key like :q escape '\\' and deleted_at is null)""";

	private final String key;

	private final String upper;

	private final boolean postgres;

	private final String term;

	private final boolean perAccount;

	/** The status filter, which the search rows carry (null: any). */
	private final String status;

	/**
	 * How keywords with other filters are looked up: chosen per query ({@code AUTO}), or
	 * always one way (for tests of each).
	 */
	enum Lookup {

		AUTO, TERMS, PER_ACCOUNT

	}

	private AccountKeyword(String key, String upper, boolean postgres, String term, boolean perAccount, String status) {
		this.key = key;
		this.upper = upper;
		this.postgres = postgres;
		this.term = term;
		this.perAccount = perAccount;
		this.status = status;
	}

	/** Whether the filters other than the keyword leave fewer than so many accounts. */
	@FunctionalInterface
	interface Narrowness {

		boolean fewerThan(long accounts);

	}

	/**
	 * The keyword of a filter, or null when it has none. On PostgreSQL the keyword is
	 * checked on each account that the other filters leave when they leave fewer accounts
	 * than its term has rows to walk: a row of a longer keyword's pair is checked in the
	 * index, an account reads its row and its contacts, so about ten rows cost one
	 * account.
	 */
	static AccountKeyword of(AccountFilter filter, boolean postgres, AccountSearchTerms terms, Lookup lookup,
			Narrowness narrowness) {
		String key = filter.q() == null ? "" : Accounts.nameKey(filter.q());
		if (key.isEmpty()) {
			return null;
		}
		String upper = filter.q().trim().toUpperCase(Locale.ROOT);
		String status = filter.status() == null ? null : filter.status().name();
		if (!postgres) {
			return new AccountKeyword(key, upper, false, null, false, status);
		}
		boolean isShort = isShort(key);
		String term = isShort ? key : terms.rarestPair(key);
		long rowsPerAccount = isShort ? 1 : ROWS_PER_ACCOUNT;
		boolean perAccount = switch (lookup) {
			case TERMS -> false;
			case PER_ACCOUNT -> narrowness.fewerThan(Long.MAX_VALUE);
			case AUTO -> narrowness.fewerThan((terms.estimatedRows(term) + rowsPerAccount - 1) / rowsPerAccount);
		};
		return new AccountKeyword(key, upper, true, perAccount ? null : term, perAccount, status);
	}

	private static boolean isShort(String key) {
		return key.codePointCount(0, key.length()) <= SHORT;
	}

	private boolean isShort() {
		return isShort(key);
	}

	/** Whether the search terms answer it (PostgreSQL, unless checked per account). */
	boolean usesTerms() {
		return postgres && !perAccount;
	}

	/** Adds "the account matches" to a query over {@code account a}. */
	void addCondition(SqlFilter sql) {
		bind(sql);
		if (perAccount) {
			// the account's own row and an index probe of its contacts; "offset 0" keeps
			// the probe per account, where PostgreSQL would otherwise scan every contact
			// once to hash the matching ones (a short keyword has no trigram to look up)
			String contacts = "exists (select 1 from contact c where c.account_id = a.id and c.deleted_at is null"
					+ " and c.name_key like :q escape '\\' offset 0)";
			sql.and(isShort() ? "(a.name_key like :q escape '\\' or " + contacts + ")"
					: "(a.name_key like :q escape '\\' or a.uscc like :qUpper escape '\\' or " + contacts + ")");
		}
		else if (postgres) {
			sql.and("a.id in (select k.id from (" + matchingRows() + ") k)");
		}
		else if (isShort()) {
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

	/**
	 * The live accounts that match (with the status filter), each once, as {@code id} and
	 * {@code status}, without reading the accounts (PostgreSQL): the rows of the term,
	 * and for longer keywords the USCC matches that the term's rows do not already hold.
	 */
	String matchingRows() {
		String termRows = "select s.account_id as id, s.status from account_search s where s.term = :term" + match();
		return isShort() ? termRows : termRows + " union all " + usccOnlyRows();
	}

	/**
	 * The ids of the first {@code :reach} matching accounts in name order that pass
	 * {@code where} (a condition over {@code account a} that starts with " where "), plus
	 * the USCC matches: a superset of the page that the caller orders and cuts
	 * (PostgreSQL).
	 */
	String firstIdsByName(String where, boolean ascending) {
		String dir = ascending ? "asc" : "desc";
		String walk = "(select s.account_id from account_search s join account a on a.id = s.account_id" + where
				+ " and s.term = :term" + match() + " order by s.name_key " + dir + ", s.account_id " + dir
				+ " limit :reach)";
		return isShort() ? walk : walk + " union all (select k.id from (" + usccOnlyRows() + ") k)";
	}

	/** Binds the parameters that the SQL of this keyword names. */
	void bind(SqlFilter sql) {
		sql.param("q", SqlFilter.containing(key)).param("qUpper", SqlFilter.containing(upper));
		if (term != null) {
			sql.param("term", term);
		}
		if (status != null) {
			sql.param("status", status);
		}
	}

	/**
	 * The conditions on a term's rows: the status, and for a longer keyword the keyword
	 * itself (the term's rows are candidates, the keyword decides).
	 */
	private String match() {
		String onStatus = status == null ? "" : " and s.status = :status";
		return isShort() ? onStatus
				: onStatus + " and (s.name_key like :q escape '\\' or s.account_id = any(" + CONTACT_IDS.strip() + "))";
	}

	private String usccOnlyRows() {
		return "select u.id, u.status from account u where u.deleted_at is null"
				+ (status == null ? "" : " and u.status = :status") + " and u.uscc like :qUpper escape '\\'"
				+ " and not (u.name_key like :q escape '\\') and not (u.id = any(" + CONTACT_IDS.strip() + "))";
	}

}
