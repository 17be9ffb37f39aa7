package org.kam.serviceplan.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.kam.governance.SqlCondition;
import org.kam.shared.CountCap;
import org.kam.shared.PageQuery;
import org.kam.shared.SoftDelete;
import org.kam.shared.Sorting;
import org.kam.shared.SqlFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The service_plan table, in SQL. Rows of deleted accounts are never returned; callers
 * check access to the account, or pass the access condition for lists across accounts.
 */
@Repository
public class ServicePlans {

	/** Plans of live accounts only. */
	private static final String TABLES = "service_plan sp join account a on a.id = sp.account_id and a.deleted_at is null";

	private static final String SELECT = """
			select sp.id, sp.account_id, a.name as account_name, sp.service, sp.method, sp.responsible_id, sp.status,
			  sp.recurrence, sp.due_on, sp.starts_on, sp.ends_on, sp.next_due_on, sp.last_done_on, sp.created_at,
			  sp.updated_at, sp.version
			from %s
			""".formatted(TABLES);

	private static final String OPEN = "sp.status in ('PLANNED', 'IN_PROGRESS')";

	private static final String INSERT_LOADED = """
			insert into service_plan (account_id, service, method, responsible_id, status, recurrence, due_on,
			  starts_on, ends_on, next_due_on, last_done_on, created_at, updated_at, created_by, updated_by,
			  version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private static final int[] LOADED_TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
			Types.VARCHAR, Types.DATE, Types.DATE, Types.DATE, Types.DATE, Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.BIGINT };

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ServicePlans(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Inserts service plans as they are given, times included, as one JDBC batch (demo
	 * data, imports), written by their responsible person; their ids, account names,
	 * overdue flags and versions are not read.
	 */
	public void insertAll(List<ServicePlan> plans) {
		batch.batchUpdate(INSERT_LOADED, plans.stream()
			.map(p -> new Object[] { p.accountId(), p.service(), p.method().name(), p.responsibleId(),
					p.status().name(), p.recurrence().name(), p.dueOn(), p.startsOn(), p.endsOn(), p.nextDueOn(),
					p.lastDoneOn(), p.createdAt(), p.updatedAt(), p.responsibleId(), p.responsibleId() })
			.toList(), LOADED_TYPES);
	}

	/** What the service computed besides the client's fields. */
	record Schedule(ServicePlanStatus status, LocalDate nextDueOn, LocalDate lastDoneOn) {
	}

	long insert(long accountId, ServicePlanForm f, long responsibleId, Schedule s, long userId, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		bind(jdbc
			.sql("""
					insert into service_plan (account_id, service, method, responsible_id, status, recurrence, due_on,
					  starts_on, ends_on, next_due_on, last_done_on, created_at, updated_at, created_by, updated_by, version)
					values (:accountId, :service, :method, :responsibleId, :status, :recurrence, :dueOn, :startsOn, :endsOn,
					  :nextDueOn, :lastDoneOn, :now, :now, :userId, :userId, 0)"""),
				f, responsibleId, s)
			.param("accountId", accountId)
			.param("now", now)
			.param("userId", userId)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	int update(long accountId, long id, long version, ServicePlanForm f, long responsibleId, Schedule s, long userId,
			OffsetDateTime now) {
		return bind(jdbc.sql("""
				update service_plan set service = :service, method = :method, responsible_id = :responsibleId,
				  status = :status, recurrence = :recurrence, due_on = :dueOn, starts_on = :startsOn, ends_on = :endsOn,
				  next_due_on = :nextDueOn, last_done_on = :lastDoneOn, updated_at = :now, updated_by = :userId,
				  version = version + 1
				where id = :id and account_id = :accountId and version = :version and deleted_at is null"""), f,
				responsibleId, s)
			.param("now", now)
			.param("userId", userId)
			.param("id", id)
			.param("accountId", accountId)
			.param("version", version)
			.update();
	}

	int complete(long accountId, long id, long version, Schedule s, long userId, OffsetDateTime now) {
		return jdbc.sql("""
				update service_plan set status = :status, next_due_on = :nextDueOn, last_done_on = :lastDoneOn,
				  updated_at = :now, updated_by = :userId, version = version + 1
				where id = :id and account_id = :accountId and version = :version and deleted_at is null""")
			.param("status", s.status().name())
			.param("nextDueOn", s.nextDueOn(), Types.DATE)
			.param("lastDoneOn", s.lastDoneOn(), Types.DATE)
			.param("now", now)
			.param("userId", userId)
			.param("id", id)
			.param("accountId", accountId)
			.param("version", version)
			.update();
	}

	int softDelete(long accountId, long id, long userId, OffsetDateTime now) {
		return SoftDelete.accountRecord(jdbc, "service_plan", accountId, id, userId, now);
	}

	Optional<ServicePlan> find(long accountId, long id, LocalDate today) {
		return jdbc.sql(SELECT + " where sp.id = :id and sp.account_id = :accountId and sp.deleted_at is null")
			.param("id", id)
			.param("accountId", accountId)
			.query(mapper(today))
			.optional();
	}

	/** The account's plans by next due date (index on account_id, next_due_on). */
	List<ServicePlan> page(long accountId, PageQuery page, LocalDate today) {
		return jdbc.sql(SELECT + """
				 where sp.account_id = :accountId and sp.deleted_at is null
				order by sp.next_due_on, sp.id limit :limit offset :offset""")
			.param("accountId", accountId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(mapper(today))
			.list();
	}

	long count(long accountId) {
		return jdbc.sql("select count(*) from service_plan where account_id = :accountId and deleted_at is null")
			.param("accountId", accountId)
			.query(Long.class)
			.single();
	}

	/** Across the accounts the condition lets the user read. */
	List<ServicePlan> page(ServicePlanFilter filter, SqlCondition access, Sorting sorting, PageQuery page,
			LocalDate today) {
		SqlFilter where = where(filter, access, today);
		return jdbc
			.sql(SELECT + where.where() + " order by " + sorting.orderBy("sp.id") + " limit :limit offset :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(mapper(today))
			.list();
	}

	/** Counts the matches, stopping at {@code cap} (see CountCap). */
	long countUpTo(ServicePlanFilter filter, SqlCondition access, LocalDate today, long cap) {
		return where(filter, access, today).countUpTo(jdbc, TABLES, cap);
	}

	/** The newest changes before a moment, for the account's timeline. */
	List<ServicePlan> changedBefore(long accountId, OffsetDateTime before, int limit, LocalDate today) {
		return jdbc.sql(SELECT + """
				 where sp.account_id = :accountId and sp.deleted_at is null and sp.updated_at < :before
				order by sp.updated_at desc, sp.id desc limit :limit""")
			.param("accountId", accountId)
			.param("before", before)
			.param("limit", limit)
			.query(mapper(today))
			.list();
	}

	/**
	 * The account's plans that may fall due in [{@code from}, {@code to}): one-off plans
	 * due then, series running then; by id, at most {@code limit}.
	 */
	List<ServicePlan> dueBetween(long accountId, LocalDate from, LocalDate to, int limit, LocalDate today) {
		return jdbc.sql(SELECT + """
				 where sp.account_id = :accountId and sp.deleted_at is null
				  and ((sp.recurrence = 'NONE' and sp.due_on >= :from and sp.due_on < :to)
				    or (sp.recurrence <> 'NONE' and sp.starts_on < :to and (sp.ends_on is null or sp.ends_on >= :from)))
				order by sp.id limit :limit""")
			.param("accountId", accountId)
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query(mapper(today))
			.list();
	}

	private static SqlFilter where(ServicePlanFilter f, SqlCondition access, LocalDate today) {
		SqlFilter where = new SqlFilter().and("sp.deleted_at is null")
			.and(access.sql(), access.params())
			.equalsIfGiven("sp.account_id", "accountId", f.accountId())
			.equalsIfGiven("sp.responsible_id", "responsibleId", f.responsibleId())
			.equalsIfGiven("sp.status", "status", f.status());
		if (f.openOnly()) {
			where.and(OPEN);
		}
		if (f.overdue() != null) {
			where.and(
					f.overdue() ? OPEN + " and sp.next_due_on < :today"
							: "not (" + OPEN + " and sp.next_due_on is not null and sp.next_due_on < :today)",
					"today", today);
		}
		return where;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ServicePlanForm f, long responsibleId,
			Schedule s) {
		boolean recurring = f.recurrenceOrNone() != Recurrence.NONE;
		return spec.param("service", f.service().trim())
			.param("method", (f.method() == null ? ServiceMethod.OTHER : f.method()).name())
			.param("responsibleId", responsibleId)
			.param("status", s.status().name())
			.param("recurrence", f.recurrenceOrNone().name())
			.param("dueOn", recurring ? null : f.dueOn(), Types.DATE)
			.param("startsOn", recurring ? f.startsOn() : null, Types.DATE)
			.param("endsOn", recurring ? f.endsOn() : null, Types.DATE)
			.param("nextDueOn", s.nextDueOn(), Types.DATE)
			.param("lastDoneOn", s.lastDoneOn(), Types.DATE);
	}

	private static RowMapper<ServicePlan> mapper(LocalDate today) {
		return (rs, row) -> map(rs, today);
	}

	private static ServicePlan map(ResultSet rs, LocalDate today) throws SQLException {
		ServicePlanStatus status = ServicePlanStatus.valueOf(rs.getString("status"));
		LocalDate next = rs.getObject("next_due_on", LocalDate.class);
		boolean overdue = status.open() && next != null && next.isBefore(today);
		return new ServicePlan(rs.getLong("id"), rs.getLong("account_id"), rs.getString("account_name"),
				rs.getString("service"), ServiceMethod.valueOf(rs.getString("method")), rs.getLong("responsible_id"),
				status, Recurrence.valueOf(rs.getString("recurrence")), rs.getObject("due_on", LocalDate.class),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), next,
				rs.getObject("last_done_on", LocalDate.class), overdue,
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
				rs.getLong("version"));
	}

}
