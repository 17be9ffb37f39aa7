package org.kam.complaint.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.kam.complaint.ComplaintCategory;
import org.kam.complaint.ComplaintChannel;
import org.kam.complaint.ComplaintSeverity;
import org.kam.complaint.ComplaintStatus;
import org.kam.governance.SqlCondition;
import org.kam.shared.PageQuery;
import org.kam.shared.SoftDelete;
import org.kam.shared.SqlFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The complaint table, in SQL. Reads join the live account (its name, its tier for the
 * order, its owner for the access condition).
 */
@Repository
public class Complaints {

	/**
	 * Past a target: the first response (or the closing) came after the response due
	 * time, or has not come and that time has passed; likewise for the resolution.
	 */
	static final String BREACHING = """
			(coalesce(c.responded_at, c.closed_at, :now) > c.response_due_at
			  or coalesce(c.resolved_at, c.closed_at, :now) > c.resolution_due_at)""";

	/** Key accounts (tier A) first, then the most severe, then the newest. */
	static final String ORDER = "case when a.tier = 'A' then 0 else 1 end, c.severity_rank, c.received_at desc, c.id desc";

	/** Complaints of live accounts only. */
	private static final String TABLES = "complaint c join account a on a.id = c.account_id and a.deleted_at is null";

	private static final String SELECT = """
			select c.id, c.account_id, a.name as account_name, a.tier as account_tier, c.received_at, c.channel,
			  c.category, c.severity, c.description, c.owner_id, c.status, c.responded_at, c.response_due_at,
			  c.resolution_due_at, c.resolution, c.resolved_at, c.customer_confirmed, c.confirmed_at, c.closing_note,
			  c.closed_at, case when %s then true else false end as breaching, c.created_at, c.updated_at, c.version
			from complaint c join account a on a.id = c.account_id and a.deleted_at is null""".formatted(BREACHING);

	private static final String INSERT_LOADED = """
			insert into complaint (account_id, received_at, channel, category, severity, severity_rank, description,
			  owner_id, status, responded_at, response_due_at, resolution_due_at, resolution, resolved_at,
			  customer_confirmed, confirmed_at, closing_note, closed_at, created_at, updated_at, created_by,
			  updated_by, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private static final int[] LOADED_TYPES = { Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.SMALLINT, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.BOOLEAN, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT,
			Types.BIGINT };

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Complaints(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Inserts complaints as they are given, times included, as one JDBC batch (demo data,
	 * imports), written by their owner; their ids, account names and tiers, breaching
	 * flags and versions are not read.
	 */
	public void insertAll(List<Complaint> complaints) {
		batch.batchUpdate(INSERT_LOADED,
				complaints.stream()
					.map(c -> new Object[] { c.accountId(), c.receivedAt(), c.channel().name(), c.category().name(),
							c.severity().name(), c.severity().rank(), c.description(), c.ownerId(), c.status().name(),
							c.respondedAt(), c.responseDueAt(), c.resolutionDueAt(), c.resolution(), c.resolvedAt(),
							c.customerConfirmed(), c.confirmedAt(), c.closingNote(), c.closedAt(), c.createdAt(),
							c.updatedAt(), c.ownerId(), c.ownerId() })
					.toList(),
				LOADED_TYPES);
	}

	long insert(long accountId, ComplaintFields w, long userId, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		bind(jdbc.sql("""
				insert into complaint (account_id, received_at, channel, category, severity, severity_rank,
				  description, owner_id, status, responded_at, response_due_at, resolution_due_at, resolution,
				  resolved_at, customer_confirmed, confirmed_at, closing_note, closed_at,
				  created_at, updated_at, created_by, updated_by, version)
				values (:accountId, :receivedAt, :channel, :category, :severity, :severityRank,
				  :description, :ownerId, :status, :respondedAt, :responseDueAt, :resolutionDueAt, :resolution,
				  :resolvedAt, :confirmed, :confirmedAt, :closingNote, :closedAt,
				  :now, :now, :userId, :userId, 0)"""), w).param("accountId", accountId)
			.param("now", now)
			.param("userId", userId)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	int update(long accountId, long id, long version, ComplaintFields w, long userId, OffsetDateTime now) {
		return bind(jdbc.sql("""
				update complaint set received_at = :receivedAt, channel = :channel, category = :category,
				  severity = :severity, severity_rank = :severityRank, description = :description,
				  owner_id = :ownerId, status = :status, responded_at = :respondedAt,
				  response_due_at = :responseDueAt, resolution_due_at = :resolutionDueAt, resolution = :resolution,
				  resolved_at = :resolvedAt, customer_confirmed = :confirmed, confirmed_at = :confirmedAt,
				  closing_note = :closingNote, closed_at = :closedAt,
				  updated_at = :now, updated_by = :userId, version = version + 1
				where id = :id and account_id = :accountId and version = :version and deleted_at is null"""), w)
			.param("now", now)
			.param("userId", userId)
			.param("id", id)
			.param("accountId", accountId)
			.param("version", version)
			.update();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ComplaintFields w) {
		ComplaintForm f = w.form();
		return spec.param("receivedAt", f.receivedAt())
			.param("channel", f.channel().name())
			.param("category", f.category().name())
			.param("severity", f.severity().name())
			.param("severityRank", f.severity().rank())
			.param("description", f.description().trim())
			.param("ownerId", w.ownerId())
			.param("status", w.status().name())
			.param("respondedAt", w.respondedAt(), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("responseDueAt", w.responseDueAt())
			.param("resolutionDueAt", w.resolutionDueAt())
			.param("resolution", blankToNull(f.resolution()), Types.VARCHAR)
			.param("resolvedAt", w.resolvedAt(), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("confirmed", f.confirmed())
			.param("confirmedAt", w.confirmedAt(), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("closingNote", blankToNull(f.closingNote()), Types.VARCHAR)
			.param("closedAt", w.closedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
	}

	int softDelete(long accountId, long id, long userId, OffsetDateTime now) {
		return SoftDelete.accountRecord(jdbc, "complaint", accountId, id, userId, now);
	}

	Optional<Complaint> find(long accountId, long id, OffsetDateTime now) {
		return jdbc.sql(SELECT + " where c.id = :id and c.account_id = :accountId and c.deleted_at is null")
			.param("id", id)
			.param("accountId", accountId)
			.param("now", now)
			.query(Complaints::map)
			.optional();
	}

	List<Complaint> page(ComplaintFilter filter, SqlCondition access, PageQuery page, OffsetDateTime now) {
		SqlFilter where = where(filter, access, now);
		return jdbc.sql(SELECT + where.where() + " order by " + ORDER + " limit :limit offset :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Complaints::map)
			.list();
	}

	long count(ComplaintFilter filter, SqlCondition access, OffsetDateTime now) {
		SqlFilter where = where(filter, access, now);
		return jdbc.sql("select count(*) from " + TABLES + where.where())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/** How many match, counting at most {@code cap}. */
	long countUpTo(ComplaintFilter filter, SqlCondition access, OffsetDateTime now, long cap) {
		return where(filter, access, now).countUpTo(jdbc, TABLES, cap);
	}

	/** The account's complaints received strictly before {@code before}, newest first. */
	List<Complaint> receivedBefore(long accountId, OffsetDateTime before, int limit, OffsetDateTime now) {
		return jdbc.sql(SELECT + """
				 where c.account_id = :accountId and c.received_at < :before and c.deleted_at is null
				order by c.received_at desc, c.id desc limit :limit""")
			.param("accountId", accountId)
			.param("before", before)
			.param("limit", limit)
			.param("now", now)
			.query(Complaints::map)
			.list();
	}

	private static SqlFilter where(ComplaintFilter f, SqlCondition access, OffsetDateTime now) {
		SqlFilter w = new SqlFilter().and("c.deleted_at is null").and(access.sql(), access.params()).param("now", now);
		w.equalsIfGiven("c.account_id", "accountId", f.accountId())
			.equalsIfGiven("c.status", "status", f.status())
			.equalsIfGiven("c.severity_rank", "severityRank", f.severity() == null ? null : f.severity().rank())
			.equalsIfGiven("c.owner_id", "ownerId", f.ownerId());
		if (f.breaching() != null) {
			w.and(f.breaching() ? BREACHING : "not " + BREACHING);
		}
		return w;
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private static Complaint map(ResultSet rs, int row) throws SQLException {
		return new Complaint(rs.getLong("id"), rs.getLong("account_id"), rs.getString("account_name"),
				rs.getString("account_tier"), time(rs, "received_at"),
				ComplaintChannel.valueOf(rs.getString("channel")), ComplaintCategory.valueOf(rs.getString("category")),
				ComplaintSeverity.valueOf(rs.getString("severity")), rs.getString("description"),
				rs.getLong("owner_id"), ComplaintStatus.valueOf(rs.getString("status")), time(rs, "responded_at"),
				time(rs, "response_due_at"), time(rs, "resolution_due_at"), rs.getString("resolution"),
				time(rs, "resolved_at"), rs.getBoolean("customer_confirmed"), time(rs, "confirmed_at"),
				rs.getString("closing_note"), time(rs, "closed_at"), rs.getBoolean("breaching"), time(rs, "created_at"),
				time(rs, "updated_at"), rs.getLong("version"));
	}

	private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class);
	}

}
