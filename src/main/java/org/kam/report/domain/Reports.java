package org.kam.report.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kam.governance.SqlCondition;
import org.kam.report.ReportPeriod;
import org.kam.shared.PageQuery;
import org.kam.shared.Sorting;
import org.kam.shared.SqlFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The report and report_version tables, in SQL. Callers check access to the account
 * first; every query names the account.
 */
@Repository
class Reports {

	/**
	 * Sort fields of the list and their columns, each behind an (account_id, …) index.
	 */
	static final Map<String, String> SORTABLE = Map.of("period", "r.period_start", "updatedAt", "r.updated_at");

	/** Reports of live accounts, for the list across accounts. */
	private static final String ACROSS = "report r join account a on a.id = r.account_id and a.deleted_at is null";

	private static final String COLUMNS = """
			r.id, r.account_id, r.period, r.period_kind, r.period_start, r.period_end, r.version, r.created_at,
			r.created_by, r.updated_at, r.updated_by""";

	private final JdbcClient jdbc;

	Reports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long accountId, ReportPeriod period, long userId, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into report (account_id, period, period_kind, period_start, period_end, period_live, version,
				  created_at, updated_at, created_by, updated_by)
				values (:accountId, :period, :kind, :start, :end, :period, 1, :now, :now, :userId, :userId)""")
			.param("accountId", accountId)
			.param("period", period.code())
			.param("kind", period.kind().name())
			.param("start", period.start())
			.param("end", period.endExclusive())
			.param("now", now)
			.param("userId", userId)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	void insertVersion(Report report, long version, VersionChange change, String accountName, String summary,
			String problems, Snapshot snapshot, OffsetDateTime generatedAt, long userId, OffsetDateTime now) {
		jdbc.sql("""
				insert into report_version (account_id, report_id, version, change_kind, account_name, summary,
				  problems_and_solutions, sections, generated_at, created_at, created_by)
				values (:accountId, :reportId, :version, :change, :accountName, :summary, :problems, :sections,
				  :generatedAt, :now, :userId)""")
			.param("accountId", report.accountId())
			.param("reportId", report.id())
			.param("version", version)
			.param("change", change.name())
			.param("accountName", accountName)
			.param("summary", summary, Types.VARCHAR)
			.param("problems", problems, Types.VARCHAR)
			.param("sections", snapshot.toJson())
			.param("generatedAt", generatedAt)
			.param("now", now)
			.param("userId", userId)
			.update();
	}

	/**
	 * Moves the report to its next version if {@code expected} is still its latest; 0
	 * when someone saved first (or it is gone).
	 */
	int nextVersion(long accountId, long id, long expected, long userId, OffsetDateTime now) {
		return jdbc.sql("""
				update report set version = version + 1, updated_at = :now, updated_by = :userId
				where id = :id and account_id = :accountId and version = :version and deleted_at is null""")
			.param("now", now)
			.param("userId", userId)
			.param("id", id)
			.param("accountId", accountId)
			.param("version", expected)
			.update();
	}

	int softDelete(long accountId, long id, long userId, OffsetDateTime now) {
		return jdbc.sql("""
				update report set deleted_at = :now, period_live = null, updated_at = :now, updated_by = :userId
				where id = :id and account_id = :accountId and deleted_at is null""")
			.param("now", now)
			.param("userId", userId)
			.param("id", id)
			.param("accountId", accountId)
			.update();
	}

	Optional<Report> find(long accountId, long id) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from report r where r.id = :id and r.account_id = :accountId and r.deleted_at is null")
			.param("id", id)
			.param("accountId", accountId)
			.query(Reports::map)
			.optional();
	}

	boolean periodTaken(long accountId, String period) {
		return jdbc.sql("select count(*) from report where account_id = :accountId and period_live = :period")
			.param("accountId", accountId)
			.param("period", period)
			.query(Long.class)
			.single() > 0;
	}

	List<Report> page(long accountId, ReportPeriod.Kind kind, Sorting sorting, PageQuery page) {
		return jdbc
			.sql("select " + COLUMNS + " from report r where " + where(kind) + " order by " + sorting.orderBy("r.id")
					+ " limit :limit offset :offset")
			.param("accountId", accountId)
			.params(kindParam(kind))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Reports::map)
			.list();
	}

	long count(long accountId, ReportPeriod.Kind kind) {
		return jdbc.sql("select count(*) from report r where " + where(kind))
			.param("accountId", accountId)
			.params(kindParam(kind))
			.query(Long.class)
			.single();
	}

	Optional<ReportVersion> findVersion(Report report, long version) {
		return jdbc
			.sql("""
					select version, change_kind, account_name, summary, problems_and_solutions, sections, generated_at, created_at,
					  created_by
					from report_version where report_id = :reportId and version = :version""")
			.param("reportId", report.id())
			.param("version", version)
			.query((rs, row) -> new ReportVersion(report, rs.getLong("version"),
					VersionChange.valueOf(rs.getString("change_kind")), rs.getString("account_name"),
					rs.getString("summary"), rs.getString("problems_and_solutions"),
					rs.getObject("generated_at", OffsetDateTime.class),
					rs.getObject("created_at", OffsetDateTime.class), nullableLong(rs, "created_by"),
					Snapshot.fromJson(rs.getString("sections"))))
			.optional();
	}

	/** The version history, newest first. */
	List<VersionEntry> versions(long reportId, PageQuery page) {
		return jdbc.sql("""
				select version, change_kind, generated_at, created_at, created_by from report_version
				where report_id = :reportId order by version desc limit :limit offset :offset""")
			.param("reportId", reportId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> new VersionEntry(rs.getLong("version"),
					VersionChange.valueOf(rs.getString("change_kind")),
					rs.getObject("generated_at", OffsetDateTime.class),
					rs.getObject("created_at", OffsetDateTime.class), nullableLong(rs, "created_by")))
			.list();
	}

	/**
	 * An account's report versions strictly before a moment, newest first (the timeline).
	 */
	List<TimelineRow> timeline(long accountId, OffsetDateTime before, int limit) {
		return jdbc.sql("""
				select v.report_id, r.period, v.version, v.change_kind, v.created_at
				from report_version v join report r on r.id = v.report_id and r.deleted_at is null
				where v.account_id = :accountId and v.created_at < :before
				order by v.created_at desc, v.id desc limit :limit""")
			.param("accountId", accountId)
			.param("before", before)
			.param("limit", limit)
			.query((rs, row) -> new TimelineRow(rs.getLong("report_id"), rs.getString("period"), rs.getLong("version"),
					VersionChange.valueOf(rs.getString("change_kind")),
					rs.getObject("created_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * Live reports of live accounts that pass the access condition, optionally of one
	 * period or kind.
	 */
	List<ReportListing> pageAcross(String period, ReportPeriod.Kind kind, Long accountId, SqlCondition readable,
			Sorting sorting, PageQuery page) {
		SqlFilter where = whereAcross(period, kind, accountId, readable);
		return jdbc
			.sql("""
					select r.id, r.account_id, a.name as account_name, r.period, r.period_kind, r.period_start,
					  r.period_end, r.version, r.updated_at, r.updated_by
					from\s""" + ACROSS + where.where() + " order by " + sorting.orderBy("r.id")
					+ " limit :limit offset :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> new ReportListing(rs.getLong("id"), rs.getLong("account_id"),
					rs.getString("account_name"), rs.getString("period"),
					ReportPeriod.Kind.valueOf(rs.getString("period_kind")),
					rs.getObject("period_start", LocalDate.class),
					rs.getObject("period_end", LocalDate.class).minusDays(1), rs.getLong("version"),
					rs.getObject("updated_at", OffsetDateTime.class), nullableLong(rs, "updated_by")))
			.list();
	}

	/** Counts the matches, stopping at {@code cap} (see CountCap). */
	long countAcrossUpTo(String period, ReportPeriod.Kind kind, SqlCondition readable, long cap) {
		return countAcrossUpTo(period, kind, null, readable, cap);
	}

	/** Counts the matches of one account or all, stopping at {@code cap}. */
	long countAcrossUpTo(String period, ReportPeriod.Kind kind, Long accountId, SqlCondition readable, long cap) {
		return whereAcross(period, kind, accountId, readable).countUpTo(jdbc, ACROSS, cap);
	}

	// one account: ix_report_account_period (account_id first)
	private static SqlFilter whereAcross(String period, ReportPeriod.Kind kind, Long accountId, SqlCondition readable) {
		SqlFilter where = period == null ? new SqlFilter().and("r.deleted_at is null")
				: new SqlFilter().and("r.period_live = :period", "period", period);
		return where.equalsIfGiven("r.period_kind", "kind", kind)
			.equalsIfGiven("r.account_id", "accountId", accountId)
			.and(readable.sql(), readable.params());
	}

	record TimelineRow(long reportId, String period, long version, VersionChange change, OffsetDateTime at) {
	}

	private static String where(ReportPeriod.Kind kind) {
		return "r.account_id = :accountId and r.deleted_at is null"
				+ (kind == null ? "" : " and r.period_kind = :kind");
	}

	private static Map<String, Object> kindParam(ReportPeriod.Kind kind) {
		return kind == null ? Map.of() : Map.of("kind", kind.name());
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Report map(ResultSet rs, int row) throws SQLException {
		return new Report(rs.getLong("id"), rs.getLong("account_id"), rs.getString("period"),
				ReportPeriod.Kind.valueOf(rs.getString("period_kind")), rs.getObject("period_start", LocalDate.class),
				rs.getObject("period_end", LocalDate.class).minusDays(1), rs.getLong("version"),
				rs.getObject("created_at", OffsetDateTime.class), nullableLong(rs, "created_by"),
				rs.getObject("updated_at", OffsetDateTime.class), nullableLong(rs, "updated_by"));
	}

}
