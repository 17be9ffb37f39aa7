package org.kam.contract.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.kam.contract.ContractStatus;
import org.kam.contract.ContractType;
import org.kam.governance.SqlCondition;
import org.kam.shared.PageQuery;
import org.kam.shared.SoftDelete;
import org.kam.shared.Sorting;
import org.kam.shared.SqlFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The contract table, in SQL. Single reads take the account id (the caller has checked
 * access to the account); lists take the caller's access condition on the account.
 */
@Repository
public class Contracts {

	/** Every sortable field has an index (V5_0, V5_5). */
	static final Map<String, String> SORTABLE = Map.of("endsOn", "c.ends_on", "signedOn", "c.signed_on", "number",
			"c.number_live", "title", "c.title_key", "updatedAt", "c.updated_at");

	private static final String COLUMNS = """
			c.id, c.account_id, a.name as account_name, c.number, c.title, c.type, c.parties, c.signed_on,
			c.starts_on, c.ends_on, c.amount, c.currency, c.payment_terms, c.service_level_terms,
			c.confidentiality_terms, c.status, c.renewal_notice_days, c.created_at, c.updated_at, c.created_by,
			c.updated_by, c.version""";

	/**
	 * Contracts of live accounts only: a deleted account takes its contracts out of
	 * sight.
	 */
	private static final String TABLES = "contract c join account a on a.id = c.account_id and a.deleted_at is null";

	private static final String FROM = " from " + TABLES;

	private static final String INSERT_LOADED = """
			insert into contract (account_id, number, number_live, title, title_key, type, parties, signed_on,
			  starts_on, ends_on, amount, currency, payment_terms, service_level_terms, confidentiality_terms,
			  status, renewal_notice_days, occurred_at, created_at, updated_at, created_by, updated_by, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private static final int[] LOADED_TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.DATE, Types.NUMERIC,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT,
			Types.BIGINT };

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Contracts(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Inserts contracts as they are given, times and authors included, as one JDBC batch
	 * (demo data, imports); their ids, account names and versions are not read.
	 */
	public void insertAll(List<Contract> contracts, Function<Contract, OffsetDateTime> occurredAt) {
		batch.batchUpdate(INSERT_LOADED,
				contracts.stream()
					.map(c -> new Object[] { c.accountId(), c.number(), c.number().toUpperCase(Locale.ROOT), c.title(),
							c.title().toLowerCase(Locale.ROOT), c.type().name(), c.parties(), c.signedOn(),
							c.startsOn(), c.endsOn(), c.amount(), c.currency(), c.paymentTerms(), c.serviceLevelTerms(),
							c.confidentialityTerms(), c.status().name(), c.renewalNoticeDays(), occurredAt.apply(c),
							c.createdAt(), c.updatedAt(), c.createdBy(), c.updatedBy() })
					.toList(),
				LOADED_TYPES);
	}

	/**
	 * Fields written on insert and update: one mapping, so the two cannot drift apart.
	 */
	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ContractFields f,
			OffsetDateTime occurredAt) {
		return spec.param("number", f.number())
			.param("numberKey", f.numberKey())
			.param("title", f.title())
			.param("titleKey", f.title().toLowerCase(Locale.ROOT))
			.param("type", f.type().name())
			.param("parties", f.parties(), Types.VARCHAR)
			.param("signedOn", f.signedOn(), Types.DATE)
			.param("startsOn", f.startsOn(), Types.DATE)
			.param("endsOn", f.endsOn(), Types.DATE)
			.param("amount", f.amount(), Types.NUMERIC)
			.param("currency", f.currency())
			.param("paymentTerms", f.paymentTerms(), Types.VARCHAR)
			.param("serviceLevelTerms", f.serviceLevelTerms(), Types.VARCHAR)
			.param("confidentialityTerms", f.confidentialityTerms(), Types.VARCHAR)
			.param("status", f.status().name())
			.param("renewalNoticeDays", f.renewalNoticeDays(), Types.INTEGER)
			.param("occurredAt", occurredAt);
	}

	long insert(long accountId, ContractFields fields, OffsetDateTime occurredAt, long userId, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		bind(jdbc.sql("""
				insert into contract (account_id, number, number_live, title, title_key, type, parties, signed_on,
				  starts_on, ends_on, amount, currency, payment_terms, service_level_terms, confidentiality_terms,
				  status, renewal_notice_days, occurred_at, created_at, updated_at, created_by, updated_by, version)
				values (:accountId, :number, :numberKey, :title, :titleKey, :type, :parties, :signedOn,
				  :startsOn, :endsOn, :amount, :currency, :paymentTerms, :serviceLevelTerms, :confidentialityTerms,
				  :status, :renewalNoticeDays, :occurredAt, :now, :now, :userId, :userId, 0)"""), fields, occurredAt)
			.param("accountId", accountId)
			.param("now", now)
			.param("userId", userId)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * Changes a live contract of the account at this version; answers the rows changed.
	 */
	int update(long accountId, long id, long version, ContractFields fields, OffsetDateTime occurredAt, long userId,
			OffsetDateTime now) {
		return bind(jdbc.sql("""
				update contract set number = :number, number_live = :numberKey, title = :title, title_key = :titleKey,
				  type = :type, parties = :parties, signed_on = :signedOn, starts_on = :startsOn, ends_on = :endsOn,
				  amount = :amount, currency = :currency, payment_terms = :paymentTerms,
				  service_level_terms = :serviceLevelTerms, confidentiality_terms = :confidentialityTerms,
				  status = :status, renewal_notice_days = :renewalNoticeDays, occurred_at = :occurredAt,
				  updated_at = :now, updated_by = :userId, version = version + 1
				where id = :id and account_id = :accountId and version = :version and deleted_at is null"""), fields,
				occurredAt)
			.param("accountId", accountId)
			.param("id", id)
			.param("version", version)
			.param("now", now)
			.param("userId", userId)
			.update();
	}

	/** Soft delete; the number is free again for a new contract. */
	int softDelete(long accountId, long id, long userId, OffsetDateTime now) {
		return SoftDelete.accountRecord(jdbc, "contract", accountId, id, userId, now, "number_live = null");
	}

	Optional<Contract> find(long accountId, long id) {
		return jdbc
			.sql("select " + COLUMNS + FROM + " where c.id = :id and c.account_id = :accountId"
					+ " and c.deleted_at is null")
			.param("id", id)
			.param("accountId", accountId)
			.query(Contracts::map)
			.optional();
	}

	boolean numberTaken(String numberKey, Long exceptId) {
		return jdbc.sql("select count(*) from contract where number_live = :number and id <> :exceptId")
			.param("number", numberKey)
			.param("exceptId", exceptId == null ? -1L : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	List<Contract> page(ContractFilter filter, LocalDate today, SqlCondition access, Sorting sorting, PageQuery page) {
		SqlFilter where = where(filter, today, access);
		return jdbc
			.sql("select " + COLUMNS + FROM + where.where() + " order by " + sorting.orderBy("c.id")
					+ " limit :limit offset :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Contracts::map)
			.list();
	}

	long count(ContractFilter filter, LocalDate today, SqlCondition access) {
		SqlFilter where = where(filter, today, access);
		return jdbc.sql("select count(*)" + FROM + where.where()).params(where.params()).query(Long.class).single();
	}

	/** How many match, counting at most {@code cap}. */
	long countUpTo(ContractFilter filter, LocalDate today, SqlCondition access, long cap) {
		return where(filter, today, access).countUpTo(jdbc, TABLES, cap);
	}

	/** A contract with its moment on the timeline. */
	record Dated(Contract contract, OffsetDateTime at) {
	}

	/** The account's newest contracts strictly before a moment, for the timeline. */
	List<Dated> before(long accountId, OffsetDateTime before, int limit) {
		return jdbc.sql("select c.occurred_at, " + COLUMNS + FROM + """
				 where c.account_id = :accountId and c.deleted_at is null and c.occurred_at < :before
				order by c.occurred_at desc, c.id desc limit :limit""")
			.param("accountId", accountId)
			.param("before", before)
			.param("limit", limit)
			.query((rs, row) -> new Dated(map(rs, row), rs.getObject("occurred_at", OffsetDateTime.class)))
			.list();
	}

	private static SqlFilter where(ContractFilter f, LocalDate today, SqlCondition access) {
		SqlFilter where = new SqlFilter().and("c.deleted_at is null").and(access.sql(), access.params());
		where.equalsIfGiven("c.account_id", "accountId", f.accountId())
			.equalsIfGiven("c.status", "status", f.status())
			.equalsIfGiven("c.type", "type", f.type());
		if (f.expiringWithinDays() != null) {
			where.and("c.status = 'ACTIVE' and c.ends_on >= :today and c.ends_on <= :until")
				.param("today", today)
				.param("until", today.plusDays(f.expiringWithinDays()));
		}
		if (f.q() != null && !f.q().isBlank()) {
			where
				.and("(" + SqlFilter.like("c.title_key", "q") + " or " + SqlFilter.like("c.number_live", "qUpper")
						+ ")")
				.param("q", SqlFilter.containing(f.q().trim().toLowerCase(Locale.ROOT)))
				.param("qUpper", SqlFilter.containing(f.q().trim().toUpperCase(Locale.ROOT)));
		}
		return where;
	}

	private static Contract map(ResultSet rs, int row) throws SQLException {
		return new Contract(rs.getLong("id"), rs.getLong("account_id"), rs.getString("account_name"),
				rs.getString("number"), rs.getString("title"), ContractType.valueOf(rs.getString("type")),
				rs.getString("parties"), rs.getObject("signed_on", LocalDate.class),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getObject("amount", BigDecimal.class), rs.getString("currency"), rs.getString("payment_terms"),
				rs.getString("service_level_terms"), rs.getString("confidentiality_terms"),
				ContractStatus.valueOf(rs.getString("status")), rs.getObject("renewal_notice_days", Integer.class),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
				rs.getObject("created_by", Long.class), rs.getObject("updated_by", Long.class), rs.getLong("version"));
	}

}
