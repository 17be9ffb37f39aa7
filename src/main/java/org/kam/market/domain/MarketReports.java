package org.kam.market.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.kam.governance.SqlCondition;
import org.kam.shared.PageQuery;
import org.kam.shared.Sorting;
import org.kam.shared.SqlFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The market report tables, in SQL. Reports are readable by every signed-in user; the
 * accounts linked to them are named only under the caller's account access condition.
 */
@Repository
public class MarketReports {

	static final Map<String, String> SORTABLE = Map.of("periodEnd", "r.period_end", "title", "r.title_key", "updatedAt",
			"r.updated_at");

	private static final String COLUMNS = """
			r.id, r.title, r.industry, r.province, r.city, r.period_start, r.period_end, r.market_size, r.currency,
			r.growth_rate, r.demand_notes, r.created_by, r.updated_by, r.created_at, r.updated_at, r.version""";

	private static final String LIVE = "r.deleted_at is null";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	MarketReports(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Inserts reports with their competitors and linked accounts as they are given, times
	 * and authors included (demo data, imports): one insert per report for its id, JDBC
	 * batches for the rest. Their ids, period labels, others' shares, account names and
	 * versions are not read; a link is made by the author when the report was created.
	 * Answers the rows written.
	 */
	public long insertAll(List<MarketReport> reports) {
		List<Object[]> competitors = new ArrayList<>();
		List<Object[]> links = new ArrayList<>();
		for (MarketReport r : reports) {
			KeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into market_report (title, title_key, industry, province, city, period_start, period_end,
					  market_size, currency, growth_rate, demand_notes, created_at, updated_at, created_by, updated_by,
					  version)
					values (:title, :titleKey, :industry, :province, :city, :periodStart, :periodEnd, :marketSize,
					  :currency, :growthRate, :demandNotes, :createdAt, :updatedAt, :createdBy, :updatedBy, 0)""")
				.param("title", r.title())
				.param("titleKey", key(r.title()))
				.param("industry", r.industry(), Types.VARCHAR)
				.param("province", r.province(), Types.VARCHAR)
				.param("city", r.city(), Types.VARCHAR)
				.param("periodStart", r.periodStart(), Types.DATE)
				.param("periodEnd", r.periodEnd(), Types.DATE)
				.param("marketSize", r.marketSize(), Types.NUMERIC)
				.param("currency", r.currency(), Types.VARCHAR)
				.param("growthRate", r.growthRate(), Types.NUMERIC)
				.param("demandNotes", r.demandNotes(), Types.VARCHAR)
				.param("createdAt", r.createdAt())
				.param("updatedAt", r.updatedAt())
				.param("createdBy", r.authorId(), Types.BIGINT)
				.param("updatedBy", r.updatedBy(), Types.BIGINT)
				.update(keys, "id");
			long id = keys.getKeyAs(Long.class);
			for (int i = 0; i < r.competitors().size(); i++) {
				Competitor c = r.competitors().get(i);
				competitors.add(new Object[] { id, i, c.name(), c.share(), c.notes() });
			}
			r.accountIds().forEach(account -> links.add(new Object[] { id, account, r.createdAt(), r.authorId() }));
		}
		batch.batchUpdate("""
				insert into market_report_competitor (report_id, position, name, share, notes)
				values (?, ?, ?, ?, ?)""", competitors,
				new int[] { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.NUMERIC, Types.VARCHAR });
		batch.batchUpdate("""
				insert into market_report_account (report_id, account_id, linked_at, linked_by)
				values (?, ?, ?, ?)""", links,
				new int[] { Types.BIGINT, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT });
		return reports.size() + competitors.size() + links.size();
	}

	private static JdbcClient.StatementSpec bindFields(JdbcClient.StatementSpec spec, MarketReportFields f) {
		return spec.param("title", f.title())
			.param("titleKey", key(f.title()))
			.param("industry", f.industry(), Types.VARCHAR)
			.param("province", f.province(), Types.VARCHAR)
			.param("city", f.city(), Types.VARCHAR)
			.param("periodStart", f.period().start(), Types.DATE)
			.param("periodEnd", f.period().end(), Types.DATE)
			.param("marketSize", f.marketSize(), Types.NUMERIC)
			.param("currency", f.currency(), Types.VARCHAR)
			.param("growthRate", f.growthRate(), Types.NUMERIC)
			.param("demandNotes", f.demandNotes(), Types.VARCHAR);
	}

	long insert(MarketReportFields fields, long userId, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		bindFields(jdbc.sql("""
				insert into market_report (title, title_key, industry, province, city, period_start, period_end,
				  market_size, currency, growth_rate, demand_notes, created_at, updated_at, created_by, updated_by,
				  version)
				values (:title, :titleKey, :industry, :province, :city, :periodStart, :periodEnd,
				  :marketSize, :currency, :growthRate, :demandNotes, :now, :now, :userId, :userId, 0)"""), fields)
			.param("now", now)
			.param("userId", userId)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	int update(long id, long version, MarketReportFields fields, long userId, OffsetDateTime now) {
		return bindFields(jdbc.sql("""
				update market_report set title = :title, title_key = :titleKey, industry = :industry,
				  province = :province, city = :city, period_start = :periodStart, period_end = :periodEnd,
				  market_size = :marketSize, currency = :currency, growth_rate = :growthRate,
				  demand_notes = :demandNotes, updated_at = :now, updated_by = :userId, version = version + 1
				where id = :id and version = :version and deleted_at is null"""), fields).param("now", now)
			.param("userId", userId)
			.param("id", id)
			.param("version", version)
			.update();
	}

	int softDelete(long id, long userId, OffsetDateTime now) {
		return jdbc.sql("""
				update market_report set deleted_at = :now, updated_by = :userId, version = version + 1
				where id = :id and deleted_at is null""")
			.param("now", now)
			.param("userId", userId)
			.param("id", id)
			.update();
	}

	Optional<ReportRow> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from market_report r where r.id = :id and " + LIVE)
			.param("id", id)
			.query(MarketReports::map)
			.optional();
	}

	List<ReportRow> page(MarketReportFilter filter, Sorting sorting, PageQuery page) {
		SqlFilter where = where(filter);
		return jdbc
			.sql("select " + COLUMNS + " from market_report r" + where.where() + " order by " + sorting.orderBy("r.id")
					+ " limit :limit offset :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(MarketReports::map)
			.list();
	}

	/** Counts the matches, stopping at {@code cap} (see CountCap). */
	long countUpTo(MarketReportFilter filter, long cap) {
		return where(filter).countUpTo(jdbc, "market_report r", cap);
	}

	private static SqlFilter where(MarketReportFilter f) {
		return new SqlFilter().and(LIVE)
			.containsIfGiven("r.title_key", "q", f.q() == null ? null : key(f.q()))
			.equalsIfGiven("r.industry", "industry", trimmed(f.industry()))
			.equalsIfGiven("r.province", "province", trimmed(f.province()))
			.equalsIfGiven("r.city", "city", trimmed(f.city()))
			.andIfGiven("r.period_end >= :from", "from", f.from())
			.andIfGiven("r.period_start <= :to", "to", f.to())
			.andIfGiven("r.id in (select l.report_id from market_report_account l where l.account_id = :accountId)",
					"accountId", f.accountId());
	}

	private static String trimmed(String text) {
		return text == null ? null : text.trim();
	}

	// --- competitors ---

	Map<Long, List<Competitor>> competitors(Collection<Long> reportIds) {
		Map<Long, List<Competitor>> byReport = new HashMap<>();
		if (reportIds.isEmpty()) {
			return byReport;
		}
		jdbc.sql("""
				select report_id, name, share, notes from market_report_competitor
				where report_id in (:ids) order by report_id, position""")
			.param("ids", reportIds)
			.query((ResultSet rs) -> {
				byReport.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>())
					.add(new Competitor(rs.getString("name"), rs.getBigDecimal("share"), rs.getString("notes")));
			});
		return byReport;
	}

	void replaceCompetitors(long reportId, List<Competitor> competitors) {
		jdbc.sql("delete from market_report_competitor where report_id = :id").param("id", reportId).update();
		int position = 0;
		for (Competitor c : competitors) {
			jdbc.sql("""
					insert into market_report_competitor (report_id, position, name, share, notes)
					values (:reportId, :position, :name, :share, :notes)""")
				.param("reportId", reportId)
				.param("position", position++)
				.param("name", c.name())
				.param("share", c.share())
				.param("notes", c.notes(), Types.VARCHAR)
				.update();
		}
	}

	// --- linked accounts ---

	/** The live linked accounts the condition lets through, by name, per report. */
	Map<Long, List<LinkedAccount>> visibleAccounts(Collection<Long> reportIds, SqlCondition readable) {
		Map<Long, List<LinkedAccount>> byReport = new HashMap<>();
		if (reportIds.isEmpty()) {
			return byReport;
		}
		jdbc.sql("""
				select l.report_id, a.id, a.name from market_report_account l
				join account a on a.id = l.account_id and a.deleted_at is null
				where l.report_id in (:ids) and (%s) order by l.report_id, a.name_key, a.id"""
			.formatted(readable.sql())).param("ids", reportIds).params(readable.params()).query((ResultSet rs) -> {
				byReport.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new LinkedAccount(rs.getLong(2), rs.getString(3)));
			});
		return byReport;
	}

	/** How many live accounts each report is linked to, whoever may read them. */
	Map<Long, Integer> linkCounts(Collection<Long> reportIds) {
		Map<Long, Integer> counts = new HashMap<>();
		if (reportIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select l.report_id, count(*) from market_report_account l
				join account a on a.id = l.account_id and a.deleted_at is null
				where l.report_id in (:ids) group by l.report_id""").param("ids", reportIds).query((ResultSet rs) -> {
			counts.put(rs.getLong(1), rs.getInt(2));
		});
		return counts;
	}

	/** Every account id linked to the report (live or not). */
	Set<Long> linkedIds(long reportId) {
		return new LinkedHashSet<>(
				jdbc.sql("select account_id from market_report_account where report_id = :id order by account_id")
					.param("id", reportId)
					.query(Long.class)
					.list());
	}

	void link(long reportId, Collection<Long> accountIds, long userId, OffsetDateTime now) {
		for (Long accountId : accountIds) {
			jdbc.sql("""
					insert into market_report_account (report_id, account_id, linked_at, linked_by)
					values (:reportId, :accountId, :now, :userId)""")
				.param("reportId", reportId)
				.param("accountId", accountId)
				.param("now", now)
				.param("userId", userId)
				.update();
		}
	}

	void unlink(long reportId, Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return;
		}
		jdbc.sql("delete from market_report_account where report_id = :reportId and account_id in (:ids)")
			.param("reportId", reportId)
			.param("ids", accountIds)
			.update();
	}

	/** Which of the ids are live accounts. */
	Set<Long> liveAccounts(Collection<Long> ids) {
		return accountIds(ids, null);
	}

	/** Which of the ids are live accounts the condition lets through. */
	Set<Long> readableAccounts(Collection<Long> ids, SqlCondition readable) {
		return accountIds(ids, readable);
	}

	private Set<Long> accountIds(Collection<Long> ids, SqlCondition condition) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		String access = condition == null ? "" : " and (" + condition.sql() + ")";
		return new LinkedHashSet<>(
				jdbc.sql("select a.id from account a where a.id in (:ids) and a.deleted_at is null" + access)
					.param("ids", ids)
					.params(condition == null ? Map.of() : condition.params())
					.query(Long.class)
					.list());
	}

	/** Readable accounts by id with their names, in the order of the ids. */
	List<LinkedAccount> readableNames(Collection<Long> ids, SqlCondition readable) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, LinkedAccount> found = new LinkedHashMap<>();
		jdbc.sql("select a.id, a.name from account a where a.id in (:ids) and a.deleted_at is null and ("
				+ readable.sql() + ")")
			.param("ids", ids)
			.params(readable.params())
			.query((ResultSet rs) -> {
				found.put(rs.getLong(1), new LinkedAccount(rs.getLong(1), rs.getString(2)));
			});
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	/**
	 * Readable live accounts whose name contains the text, by name: candidates to link.
	 * The name_key LIKE uses the account module's trigram index on PostgreSQL.
	 */
	List<LinkedAccount> searchAccounts(String text, SqlCondition readable, int limit) {
		return jdbc.sql("""
				select a.id, a.name from account a
				where %s and a.deleted_at is null and (%s)
				order by a.name_key, a.id limit :limit""".formatted(SqlFilter.like("a.name_key", "q"), readable.sql()))
			.param("q", SqlFilter.containing(key(text)))
			.params(readable.params())
			.param("limit", limit)
			.query((rs, row) -> new LinkedAccount(rs.getLong(1), rs.getString(2)))
			.list();
	}

	// --- timeline ---

	/**
	 * The live reports linked to the account, created before the moment, newest first.
	 */
	List<ReportRow> createdBefore(long accountId, OffsetDateTime before, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from market_report_account l join market_report r on r.id = l.report_id
				where l.account_id = :accountId and r.deleted_at is null and r.created_at < :before
				order by r.created_at desc, r.id desc limit :limit""")
			.param("accountId", accountId)
			.param("before", before)
			.param("limit", limit)
			.query(MarketReports::map)
			.list();
	}

	static String key(String text) {
		return text.trim().toLowerCase(Locale.ROOT);
	}

	private static ReportRow map(ResultSet rs, int row) throws SQLException {
		return new ReportRow(rs.getLong("id"), rs.getString("title"), rs.getString("industry"),
				rs.getString("province"), rs.getString("city"), rs.getObject("period_start", LocalDate.class),
				rs.getObject("period_end", LocalDate.class), rs.getBigDecimal("market_size"), rs.getString("currency"),
				rs.getBigDecimal("growth_rate"), rs.getString("demand_notes"), rs.getObject("created_by", Long.class),
				rs.getObject("updated_by", Long.class), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getLong("version"));
	}

	static BigDecimal othersShare(List<Competitor> competitors) {
		BigDecimal total = competitors.stream().map(Competitor::share).reduce(BigDecimal.ZERO, BigDecimal::add);
		return BigDecimal.valueOf(100).subtract(total).max(BigDecimal.ZERO).setScale(2);
	}

}
