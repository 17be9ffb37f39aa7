package org.kam.devplan.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.kam.account.AccountApi;
import org.kam.account.ContactRef;
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
 * The development_plan table and its milestone and stakeholder rows, in SQL. Callers
 * check access to the account.
 */
@Repository
public class DevelopmentPlans {

	private static final String SELECT = """
			select p.id, p.account_id, p.period_start, p.period_end, p.title, p.goals, p.revenue_target, p.currency,
			  p.new_product_lines, p.cooperation, p.progress, p.created_at, p.updated_at, p.version
			from development_plan p
			""";

	/**
	 * The list across accounts: plans of live accounts, with the account's name and
	 * owner.
	 */
	private static final String SUMMARY = """
			select p.id, p.account_id, a.name as account_name, a.owner_id, p.title, p.period_start, p.period_end,
			  p.progress, p.next_milestone_due, p.updated_at, p.version
			from development_plan p join account a on a.id = p.account_id and a.deleted_at is null
			""";

	/** Live plans of the account whose period overlaps [:from, :to). */
	private static final String OVERLAPPING = " where p.account_id = :accountId and p.deleted_at is null"
			+ " and p.period_start < :to and p.period_end >= :from";

	private static final String INSERT_LOADED = """
			insert into development_plan (account_id, period_start, period_end, title, goals, revenue_target,
			  currency, new_product_lines, cooperation, progress, next_milestone_due, created_at, updated_at,
			  created_by, updated_by, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private static final int[] LOADED_TYPES = { Types.BIGINT, Types.DATE, Types.DATE, Types.VARCHAR, Types.VARCHAR,
			Types.NUMERIC, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.DATE,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.BIGINT };

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final AccountApi accounts;

	DevelopmentPlans(JdbcClient jdbc, JdbcTemplate batch, AccountApi accounts) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.accounts = accounts;
	}

	/**
	 * Inserts plans with their milestones and stakeholders as they are given, times
	 * included, with JDBC batches (demo data, imports), written by {@code writtenBy} (may
	 * answer null); their ids, versions and stakeholders' names are not read. The
	 * database numbers the plans: their ids are read back by account, so at most one plan
	 * per account may be given at a time. Answers the rows written.
	 */
	public long insertAll(List<DevelopmentPlan> plans, Function<DevelopmentPlan, Long> writtenBy) {
		if (plans.isEmpty()) {
			return 0;
		}
		if (plans.stream().map(DevelopmentPlan::accountId).distinct().count() < plans.size()) {
			throw new IllegalArgumentException("At most one plan per account in one bulk insert");
		}
		long before = jdbc.sql("select coalesce(max(id), 0) from development_plan").query(Long.class).single();
		batch.batchUpdate(INSERT_LOADED, plans.stream().map(p -> {
			Long by = writtenBy.apply(p);
			return new Object[] { p.accountId(), p.periodStart(), p.periodEnd(), p.title(), p.goals(),
					p.revenueTarget(), p.currency(), p.newProductLines(), p.cooperation(), p.progress(),
					nextOpenMilestoneDue(p.milestones()), p.createdAt(), p.updatedAt(), by, by };
		}).toList(), LOADED_TYPES);
		Map<Long, Long> ids = new HashMap<>();
		jdbc.sql("select id, account_id from development_plan where id > :before")
			.param("before", before)
			.query((ResultSet rs) -> {
				ids.put(rs.getLong(2), rs.getLong(1));
			});
		List<Object[]> milestones = new ArrayList<>();
		List<Object[]> stakeholders = new ArrayList<>();
		for (DevelopmentPlan plan : plans) {
			long id = ids.get(plan.accountId());
			for (int i = 0; i < plan.milestones().size(); i++) {
				Milestone m = plan.milestones().get(i);
				milestones.add(new Object[] { id, i, m.title(), m.dueOn(), m.status().name() });
			}
			for (int i = 0; i < plan.stakeholders().size(); i++) {
				Stakeholder s = plan.stakeholders().get(i);
				stakeholders.add(
						new Object[] { id, i, s.contactId(), s.influence().name(), s.attitude().name(), s.nextMove() });
			}
		}
		batch.batchUpdate("""
				insert into development_plan_milestone (plan_id, position, title, due_on, status)
				values (?, ?, ?, ?, ?)""", milestones);
		batch.batchUpdate("""
				insert into development_plan_stakeholder (plan_id, position, contact_id, influence, attitude,
				  next_move)
				values (?, ?, ?, ?, ?, ?)""", stakeholders);
		return plans.size() + milestones.size() + stakeholders.size();
	}

	/** The earliest due date of the open (planned, in progress) milestones, or null. */
	private static LocalDate nextOpenMilestoneDue(List<Milestone> milestones) {
		return milestones.stream()
			.filter(m -> m.dueOn() != null)
			.filter(m -> m.status() == MilestoneStatus.PLANNED || m.status() == MilestoneStatus.IN_PROGRESS)
			.map(Milestone::dueOn)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

	long insert(long accountId, DevelopmentPlanForm f, String currency, int progress, long userId, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		bind(jdbc.sql("""
				insert into development_plan (account_id, period_start, period_end, title, goals, revenue_target,
				  currency, new_product_lines, cooperation, progress, next_milestone_due, created_at, updated_at,
				  created_by, updated_by, version)
				values (:accountId, :periodStart, :periodEnd, :title, :goals, :revenueTarget, :currency,
				  :newProductLines, :cooperation, :progress, :nextMilestoneDue, :now, :now, :userId, :userId, 0)"""), f,
				currency, progress)
			.param("accountId", accountId)
			.param("now", now)
			.param("userId", userId)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	int update(long accountId, long id, long version, DevelopmentPlanForm f, String currency, int progress, long userId,
			OffsetDateTime now) {
		return bind(jdbc.sql("""
				update development_plan set period_start = :periodStart, period_end = :periodEnd, title = :title,
				  goals = :goals, revenue_target = :revenueTarget, currency = :currency,
				  new_product_lines = :newProductLines, cooperation = :cooperation, progress = :progress,
				  next_milestone_due = :nextMilestoneDue, updated_at = :now, updated_by = :userId, version = version + 1
				where id = :id and account_id = :accountId and version = :version and deleted_at is null"""), f,
				currency, progress)
			.param("now", now)
			.param("userId", userId)
			.param("id", id)
			.param("accountId", accountId)
			.param("version", version)
			.update();
	}

	/** Replaces the plan's milestones and stakeholders as a whole. */
	void replaceRows(long planId, DevelopmentPlanForm f) {
		jdbc.sql("delete from development_plan_milestone where plan_id = :id").param("id", planId).update();
		jdbc.sql("delete from development_plan_stakeholder where plan_id = :id").param("id", planId).update();
		for (int i = 0; i < f.milestones().size(); i++) {
			MilestoneForm m = f.milestones().get(i);
			jdbc.sql("""
					insert into development_plan_milestone (plan_id, position, title, due_on, status)
					values (:planId, :position, :title, :dueOn, :status)""")
				.param("planId", planId)
				.param("position", i)
				.param("title", m.title().trim())
				.param("dueOn", m.dueOn(), Types.DATE)
				.param("status", m.statusOrPlanned().name())
				.update();
		}
		for (int i = 0; i < f.stakeholders().size(); i++) {
			StakeholderForm s = f.stakeholders().get(i);
			jdbc.sql("""
					insert into development_plan_stakeholder (plan_id, position, contact_id, influence, attitude,
					  next_move)
					values (:planId, :position, :contactId, :influence, :attitude, :nextMove)""")
				.param("planId", planId)
				.param("position", i)
				.param("contactId", s.contactId())
				.param("influence", s.influence().name())
				.param("attitude", s.attitude().name())
				.param("nextMove", blankToNull(s.nextMove()), Types.VARCHAR)
				.update();
		}
	}

	int softDelete(long accountId, long id, long userId, OffsetDateTime now) {
		return SoftDelete.accountRecord(jdbc, "development_plan", accountId, id, userId, now);
	}

	Optional<DevelopmentPlan> find(long accountId, long id) {
		return jdbc.sql(SELECT + " where p.id = :id and p.account_id = :accountId and p.deleted_at is null")
			.param("id", id)
			.param("accountId", accountId)
			.query((rs, row) -> map(rs))
			.optional()
			.map(p -> withRows(List.of(p)).get(0));
	}

	/** The account's plans, newest period first (index on account_id, period_start). */
	List<DevelopmentPlan> page(long accountId, PageQuery page) {
		return withRows(jdbc.sql(SELECT + """
				 where p.account_id = :accountId and p.deleted_at is null
				order by p.period_start desc, p.id desc limit :limit offset :offset""")
			.param("accountId", accountId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> map(rs))
			.list());
	}

	long count(long accountId) {
		return jdbc.sql("select count(*) from development_plan where account_id = :accountId and deleted_at is null")
			.param("accountId", accountId)
			.query(Long.class)
			.single();
	}

	/** The newest changes before a moment, for the account's timeline (no child rows). */
	List<DevelopmentPlan> changedBefore(long accountId, OffsetDateTime before, int limit) {
		return jdbc.sql(SELECT + """
				 where p.account_id = :accountId and p.deleted_at is null and p.updated_at < :before
				order by p.updated_at desc, p.id desc limit :limit""")
			.param("accountId", accountId)
			.param("before", before)
			.param("limit", limit)
			.query((rs, row) -> map(rs))
			.list();
	}

	/**
	 * Across the accounts the condition lets the user read; one index per sort order (see
	 * V10_5).
	 */
	List<DevelopmentPlanSummary> page(DevelopmentPlanFilter filter, SqlCondition access, Sorting sorting,
			PageQuery page, LocalDate today) {
		SqlFilter where = where(filter, access, today);
		// The plans of one owner's accounts (an account manager's own, or the owner
		// filter) are found through the account: hiding the sort column from the planner
		// keeps it from walking the whole sort index in search of the few rows of a small
		// portfolio (seconds at a million plans; milliseconds through ix_account_owner).
		boolean byOwner = !access.unrestricted() || filter.ownerId() != null;
		Sorting order = byOwner
				? new Sorting("coalesce(" + sorting.column() + ", " + sorting.column() + ")", sorting.ascending())
				: sorting;
		return jdbc.sql(SUMMARY + where.where() + " order by " + order.orderBy("p.id") + " limit :limit offset :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> summary(rs, today))
			.list();
	}

	/** How many plans match, counting no further than {@code cap}. */
	long countUpTo(DevelopmentPlanFilter filter, SqlCondition access, LocalDate today, long cap) {
		return where(filter, access, today).countUpTo(jdbc,
				"development_plan p join account a on a.id = p.account_id and a.deleted_at is null", cap);
	}

	private static SqlFilter where(DevelopmentPlanFilter f, SqlCondition access, LocalDate today) {
		SqlFilter where = new SqlFilter().and("p.deleted_at is null")
			.and(access.sql(), access.params())
			.equalsIfGiven("p.account_id", "accountId", f.accountId())
			.equalsIfGiven("a.owner_id", "ownerId", f.ownerId())
			.andIfGiven("p.period_end >= :from", "from", f.from())
			.andIfGiven("p.period_start <= :to", "to", f.to());
		if (f.overdue() != null) {
			where.and(f.overdue() ? "p.next_milestone_due < :today"
					: "(p.next_milestone_due is null or p.next_milestone_due >= :today)", "today", today);
		}
		return where;
	}

	private static DevelopmentPlanSummary summary(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate next = rs.getObject("next_milestone_due", LocalDate.class);
		return new DevelopmentPlanSummary(rs.getLong("id"), rs.getLong("account_id"), rs.getString("account_name"),
				rs.getObject("owner_id", Long.class), rs.getString("title"),
				rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
				rs.getInt("progress"), next, next != null && next.isBefore(today),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getLong("version"));
	}

	/** Loads the milestones and stakeholders of a page of plans, two queries in all. */
	private List<DevelopmentPlan> withRows(List<DevelopmentPlan> plans) {
		if (plans.isEmpty()) {
			return plans;
		}
		List<Long> ids = plans.stream().map(DevelopmentPlan::id).toList();
		Map<Long, List<Milestone>> milestones = milestones(ids);
		record Row(long planId, long contactId, Influence influence, Attitude attitude, String nextMove) {
		}
		List<Row> rows = jdbc.sql("""
				select plan_id, contact_id, influence, attitude, next_move from development_plan_stakeholder
				where plan_id in (:ids) order by plan_id, position""")
			.param("ids", ids)
			.query((rs, n) -> new Row(rs.getLong("plan_id"), rs.getLong("contact_id"),
					Influence.valueOf(rs.getString("influence")), Attitude.valueOf(rs.getString("attitude")),
					rs.getString("next_move")))
			.list();
		Map<Long, ContactRef> contacts = rows.isEmpty() ? Map.of()
				: accounts.findContacts(rows.stream().map(Row::contactId).distinct().toList());
		Map<Long, List<Stakeholder>> stakeholders = new HashMap<>();
		for (Row r : rows) {
			ContactRef c = contacts.get(r.contactId());
			stakeholders.computeIfAbsent(r.planId(), k -> new ArrayList<>())
				.add(new Stakeholder(r.contactId(), c == null ? null : c.name(), r.influence(), r.attitude(),
						r.nextMove()));
		}
		return plans.stream()
			.map(p -> p.with(milestones.getOrDefault(p.id(), List.of()), stakeholders.getOrDefault(p.id(), List.of())))
			.toList();
	}

	/**
	 * The account's plans whose period overlaps [{@code from}, {@code to}), earliest
	 * start first, with their milestones but without stakeholders (index on account_id,
	 * period_start).
	 */
	List<DevelopmentPlan> overlapping(long accountId, LocalDate from, LocalDate to, int limit) {
		List<DevelopmentPlan> plans = jdbc.sql(SELECT + OVERLAPPING + " order by p.period_start, p.id limit :limit")
			.param("accountId", accountId)
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query((rs, row) -> map(rs))
			.list();
		if (plans.isEmpty()) {
			return plans;
		}
		Map<Long, List<Milestone>> milestones = milestones(plans.stream().map(DevelopmentPlan::id).toList());
		return plans.stream().map(p -> p.with(milestones.getOrDefault(p.id(), List.of()), List.of())).toList();
	}

	long countOverlapping(long accountId, LocalDate from, LocalDate to) {
		return jdbc.sql("select count(*) from development_plan p" + OVERLAPPING)
			.param("accountId", accountId)
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
	}

	/** How many milestones of the account's live plans fall due in [from, to). */
	MilestoneTally milestonesDue(long accountId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select count(*) as due, coalesce(sum(case when m.status = 'DONE' then 1 else 0 end), 0) as done
				from development_plan_milestone m join development_plan p on p.id = m.plan_id
				where p.account_id = :accountId and p.deleted_at is null and m.due_on >= :from and m.due_on < :to""")
			.param("accountId", accountId)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new MilestoneTally(rs.getLong("due"), rs.getLong("done")))
			.single();
	}

	/** Milestones falling due in a period, and how many of them are done. */
	record MilestoneTally(long due, long done) {
	}

	private Map<Long, List<Milestone>> milestones(List<Long> planIds) {
		Map<Long, List<Milestone>> milestones = new HashMap<>();
		jdbc.sql("""
				select plan_id, title, due_on, status from development_plan_milestone
				where plan_id in (:ids) order by plan_id, position""").param("ids", planIds).query(rs -> {
			milestones.computeIfAbsent(rs.getLong("plan_id"), k -> new ArrayList<>())
				.add(new Milestone(rs.getString("title"), rs.getObject("due_on", LocalDate.class),
						MilestoneStatus.valueOf(rs.getString("status"))));
		});
		return milestones;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DevelopmentPlanForm f, String currency,
			int progress) {
		return spec.param("periodStart", f.periodStart(), Types.DATE)
			.param("periodEnd", f.periodEnd(), Types.DATE)
			.param("title", f.title().trim())
			.param("goals", blankToNull(f.goals()), Types.VARCHAR)
			.param("revenueTarget", f.revenueTarget(), Types.NUMERIC)
			.param("currency", currency)
			.param("newProductLines", blankToNull(f.newProductLines()), Types.VARCHAR)
			.param("cooperation", blankToNull(f.cooperation()), Types.VARCHAR)
			.param("progress", progress)
			.param("nextMilestoneDue", DevelopmentPlan.nextMilestoneDue(f.milestones()), Types.DATE);
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static DevelopmentPlan map(ResultSet rs) throws SQLException {
		return new DevelopmentPlan(rs.getLong("id"), rs.getLong("account_id"),
				rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
				rs.getString("title"), rs.getString("goals"), rs.getObject("revenue_target", BigDecimal.class),
				rs.getString("currency"), rs.getString("new_product_lines"), rs.getString("cooperation"),
				rs.getInt("progress"), List.of(), List.of(), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getLong("version"));
	}

	static <T> List<T> distinct(Collection<T> values) {
		return values.stream().distinct().toList();
	}

}
