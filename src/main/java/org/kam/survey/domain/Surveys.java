package org.kam.survey.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
 * The survey table, in SQL. Queries of one account name it, so that the index on
 * {@code (account_id, surveyed_on)} serves them; callers check access to the account
 * first. The list across accounts takes the access condition instead and reads the
 * indexes of V7_5 for its sorts.
 */
@Repository
public class Surveys {

	static final Map<String, String> SORTABLE = Map.of("surveyedOn", "surveyed_on");

	/** The sorts of the list across accounts, each backed by an index of live surveys. */
	static final Map<String, String> SORTABLE_ACROSS = Map.of("surveyedOn", "s.surveyed_on", "overall", "s.overall");

	private static final String ACROSS_COLUMNS = """
			s.id, s.account_id, s.surveyed_on, s.product_quality, s.service_attitude, s.response_speed, s.overall,
			s.nps, s.needs, s.suggestions, s.respondent_contact_id, s.respondent_name, s.source, s.created_at,
			s.updated_at, s.version""";

	private static final String ACROSS = """
			survey s join account a on a.id = s.account_id and a.deleted_at is null
			""";

	private static final String COLUMNS = """
			id, account_id, surveyed_on, product_quality, service_attitude, response_speed, overall, nps, needs,
			suggestions, respondent_contact_id, respondent_name, source, created_at, updated_at, version""";

	private static final String RANGE = """
			account_id = :accountId and deleted_at is null
			  and surveyed_on >= :from and surveyed_on <= :to""";

	/** Open ends of a date range, as dates every database stores. */
	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private static final String INSERT_LOADED = """
			insert into survey (account_id, surveyed_on, product_quality, service_attitude, response_speed,
			  overall, nps, needs, suggestions, respondent_contact_id, respondent_name, source,
			  created_at, updated_at, created_by, updated_by, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private static final int[] LOADED_TYPES = { Types.BIGINT, Types.DATE, Types.SMALLINT, Types.SMALLINT,
			Types.SMALLINT, Types.SMALLINT, Types.SMALLINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
			Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.BIGINT };

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Surveys(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Inserts surveys as they are given, times included, as one JDBC batch (demo data,
	 * imports), written by {@code writtenBy} (may answer null); their ids and versions
	 * are not read.
	 */
	public void insertAll(List<Survey> surveys, Function<Survey, Long> writtenBy) {
		batch.batchUpdate(INSERT_LOADED, surveys.stream().map(s -> {
			Long by = writtenBy.apply(s);
			return new Object[] { s.accountId(), s.surveyedOn(), s.productQuality(), s.serviceAttitude(),
					s.responseSpeed(), s.overall(), s.nps(), s.needs(), s.suggestions(), s.respondentContactId(),
					s.respondentName(), s.source().name(), s.createdAt(), s.updatedAt(), by, by };
		}).toList(), LOADED_TYPES);
	}

	long insert(long accountId, SurveyForm f, SurveySource source, Long userId, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		bind(jdbc.sql("""
				insert into survey (account_id, surveyed_on, product_quality, service_attitude, response_speed,
				  overall, nps, needs, suggestions, respondent_contact_id, respondent_name, source,
				  created_at, updated_at, created_by, updated_by, version)
				values (:accountId, :surveyedOn, :productQuality, :serviceAttitude, :responseSpeed,
				  :overall, :nps, :needs, :suggestions, :contactId, :name, :source,
				  :now, :now, :userId, :userId, 0)"""), f).param("accountId", accountId)
			.param("source", source.name())
			.param("now", now)
			.param("userId", userId, Types.BIGINT)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	int update(long accountId, long id, long version, SurveyForm f, long userId, OffsetDateTime now) {
		return bind(jdbc.sql("""
				update survey set surveyed_on = :surveyedOn, product_quality = :productQuality,
				  service_attitude = :serviceAttitude, response_speed = :responseSpeed, overall = :overall,
				  nps = :nps, needs = :needs, suggestions = :suggestions, respondent_contact_id = :contactId,
				  respondent_name = :name, updated_at = :now, updated_by = :userId, version = version + 1
				where id = :id and account_id = :accountId and version = :version and deleted_at is null"""), f)
			.param("now", now)
			.param("userId", userId)
			.param("id", id)
			.param("accountId", accountId)
			.param("version", version)
			.update();
	}

	int softDelete(long accountId, long id, long userId, OffsetDateTime now) {
		return SoftDelete.accountRecord(jdbc, "survey", accountId, id, userId, now);
	}

	Optional<Survey> find(long accountId, long id) {
		return jdbc
			.sql("select " + COLUMNS + " from survey where id = :id and account_id = :accountId and deleted_at is null")
			.param("id", id)
			.param("accountId", accountId)
			.query(Surveys::map)
			.optional();
	}

	List<Survey> page(long accountId, LocalDate from, LocalDate to, Sorting sorting, PageQuery page) {
		return range(jdbc.sql("select " + COLUMNS + " from survey where " + RANGE + " order by " + sorting.orderBy("id")
				+ " limit :limit offset :offset"), accountId, from, to)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Surveys::map)
			.list();
	}

	long count(long accountId, LocalDate from, LocalDate to) {
		return range(jdbc.sql("select count(*) from survey where " + RANGE), accountId, from, to).query(Long.class)
			.single();
	}

	/** One page across the accounts the condition lets the user read. */
	List<Survey> page(SurveyFilter filter, SqlCondition access, Sorting sorting, PageQuery page) {
		SqlFilter where = where(filter, access);
		return jdbc
			.sql("select " + ACROSS_COLUMNS + " from " + ACROSS + where.where() + " order by " + sorting.orderBy("s.id")
					+ " limit :limit offset :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Surveys::map)
			.list();
	}

	/** How many match, counting at most {@code cap}. */
	long countUpTo(SurveyFilter filter, SqlCondition access, long cap) {
		return where(filter, access).countUpTo(jdbc, ACROSS, cap);
	}

	/** Averages per month, oldest first; months without surveys are left out. */
	List<MonthTrend> trend(long accountId, LocalDate from, LocalDate to) {
		return range(jdbc.sql("""
				select extract(year from surveyed_on) as y, extract(month from surveyed_on) as m, count(*) as n,
				  avg(cast(product_quality as double precision)) as pq,
				  avg(cast(service_attitude as double precision)) as sa,
				  avg(cast(response_speed as double precision)) as rs,
				  avg(cast(overall as double precision)) as ov,
				  avg(cast(nps as double precision)) as nps
				from survey where""" + " " + RANGE + """

				group by extract(year from surveyed_on), extract(month from surveyed_on)
				order by y, m"""), accountId, from, to)
			.query((rs, row) -> new MonthTrend("%04d-%02d".formatted(rs.getInt("y"), rs.getInt("m")), rs.getLong("n"),
					round(rs.getDouble("pq")), round(rs.getDouble("sa")), round(rs.getDouble("rs")),
					round(rs.getDouble("ov")), rs.getObject("nps") == null ? null : round(rs.getDouble("nps"))))
			.list();
	}

	/** The newest surveys of an account taken before a day, for the timeline. */
	List<Survey> before(long accountId, LocalDate beforeDay, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from survey where account_id = :accountId and deleted_at is null and surveyed_on < :before
				order by surveyed_on desc, id desc limit :limit""")
			.param("accountId", accountId)
			.param("before", beforeDay)
			.param("limit", limit)
			.query(Surveys::map)
			.list();
	}

	/**
	 * Counts and score sums of the surveys taken on the days {@code [from, toExclusive)};
	 * every row is an answered survey (a link not yet answered lives in
	 * {@code survey_invitation} only).
	 */
	PeriodScores scores(long accountId, LocalDate from, LocalDate toExclusive) {
		return jdbc.sql("""
				select count(*) as n, coalesce(sum(product_quality), 0) as pq,
				  coalesce(sum(service_attitude), 0) as sa, coalesce(sum(response_speed), 0) as rs,
				  coalesce(sum(overall), 0) as ov, count(nps) as nps_answers,
				  coalesce(sum(case when nps >= 9 then 1 else 0 end), 0) as promoters,
				  coalesce(sum(case when nps <= 6 then 1 else 0 end), 0) as detractors
				from survey where account_id = :accountId and deleted_at is null
				  and surveyed_on >= :from and surveyed_on < :to""")
			.param("accountId", accountId)
			.param("from", from)
			.param("to", toExclusive)
			.query((rs, row) -> new PeriodScores(rs.getLong("n"), rs.getLong("pq"), rs.getLong("sa"), rs.getLong("rs"),
					rs.getLong("ov"), rs.getLong("nps_answers"), rs.getLong("promoters"), rs.getLong("detractors")))
			.single();
	}

	/** The newest surveys taken on the days {@code [from, toExclusive)}. */
	List<Survey> newestIn(long accountId, LocalDate from, LocalDate toExclusive, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from survey where account_id = :accountId and deleted_at is null
				  and surveyed_on >= :from and surveyed_on < :to
				order by surveyed_on desc, id desc limit :limit""")
			.param("accountId", accountId)
			.param("from", from)
			.param("to", toExclusive)
			.param("limit", limit)
			.query(Surveys::map)
			.list();
	}

	private static SqlFilter where(SurveyFilter f, SqlCondition access) {
		SqlFilter where = new SqlFilter().and("s.deleted_at is null")
			.and(access.sql(), access.params())
			.andIfGiven("s.surveyed_on >= :from", "from", f.from())
			.andIfGiven("s.surveyed_on <= :to", "to", f.to())
			.andIfGiven("s.overall <= :maxOverall", "maxOverall", f.maxOverall());
		if (f.npsGroup() != null) {
			where.and("s.nps between :npsMin and :npsMax")
				.param("npsMin", f.npsGroup().min())
				.param("npsMax", f.npsGroup().max());
		}
		return where.equalsIfGiven("a.owner_id", "ownerId", f.ownerId())
			.equalsIfGiven("s.account_id", "accountId", f.accountId()); // ix_survey_account_date
	}

	private static JdbcClient.StatementSpec range(JdbcClient.StatementSpec spec, long accountId, LocalDate from,
			LocalDate to) {
		return spec.param("accountId", accountId)
			.param("from", from == null ? EARLIEST : from)
			.param("to", to == null ? LATEST : to);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, SurveyForm f) {
		return spec.param("surveyedOn", f.surveyedOn())
			.param("productQuality", f.productQuality())
			.param("serviceAttitude", f.serviceAttitude())
			.param("responseSpeed", f.responseSpeed())
			.param("overall", f.overall())
			.param("nps", f.nps(), Types.INTEGER)
			.param("needs", blankToNull(f.needs()), Types.VARCHAR)
			.param("suggestions", blankToNull(f.suggestions()), Types.VARCHAR)
			.param("contactId", f.respondentContactId(), Types.BIGINT)
			.param("name", f.respondentContactId() != null ? null : blankToNull(f.respondentName()), Types.VARCHAR);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private static Survey map(ResultSet rs, int row) throws SQLException {
		return new Survey(rs.getLong("id"), rs.getLong("account_id"), rs.getObject("surveyed_on", LocalDate.class),
				rs.getInt("product_quality"), rs.getInt("service_attitude"), rs.getInt("response_speed"),
				rs.getInt("overall"), (Integer) (rs.getObject("nps") == null ? null : rs.getInt("nps")),
				rs.getString("needs"), rs.getString("suggestions"),
				rs.getObject("respondent_contact_id") == null ? null : rs.getLong("respondent_contact_id"),
				rs.getString("respondent_name"), SurveySource.valueOf(rs.getString("source")),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
				rs.getLong("version"));
	}

}
