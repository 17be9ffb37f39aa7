package org.kam.communication.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kam.account.TimelineEntry;
import org.kam.communication.Channel;
import org.kam.communication.CommunicationKind;
import org.kam.communication.DueNextStep;
import org.kam.governance.SqlCondition;
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
 * The communication table and its two participant tables, in SQL. Lists join the live
 * account and take the caller's access condition, so the database filters by access.
 */
@Repository
public class Communications {

	static final Map<String, String> SORTABLE = Map.of("occurredAt", "c.occurred_at", "nextStepDue", "c.next_step_due");

	private static final String COLUMNS = """
			c.id, c.account_id, c.channel, c.occurred_at, c.subject, c.content, c.outcome, c.next_step,
			c.next_step_due, c.next_step_owner_id, c.next_step_done, c.created_at, c.updated_at, c.created_by,
			c.updated_by, c.version""";

	private static final String TABLES = "communication c join account a on a.id = c.account_id and a.deleted_at is null";

	private static final String FROM = " from " + TABLES;

	private static final String INSERT_LOADED = """
			insert into communication (account_id, channel, occurred_at, subject, content, outcome, next_step,
			  next_step_due, next_step_owner_id, next_step_done, created_at, updated_at, created_by, updated_by,
			  version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private static final int[] LOADED_TYPES = { Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.BIGINT, Types.BOOLEAN,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.BIGINT };

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Communications(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Inserts communications with their participants as they are given, times and authors
	 * included, with JDBC batches (demo data, imports); their ids and versions are not
	 * read. The database numbers them: the ids are read back by account and time, which
	 * must therefore differ among the communications of one account given here. Answers
	 * the rows written, participants included.
	 */
	public long insertAll(List<Communication> communications) {
		if (communications.isEmpty()) {
			return 0;
		}
		long before = jdbc.sql("select coalesce(max(id), 0) from communication").query(Long.class).single();
		batch.batchUpdate(INSERT_LOADED,
				communications.stream()
					.map(c -> new Object[] { c.accountId(), c.channel().name(), c.occurredAt(), c.subject(),
							c.content(), c.outcome(), c.nextStep(), c.nextStepDue(), c.nextStepOwnerId(),
							c.nextStepDone(), c.createdAt(), c.updatedAt(), c.createdBy(), c.updatedBy() })
					.toList(),
				LOADED_TYPES);
		Map<String, Long> ids = new HashMap<>(communications.size() * 2);
		jdbc.sql("select id, account_id, occurred_at from communication where id > :before")
			.param("before", before)
			.query((ResultSet rs) -> {
				ids.put(timeKey(rs.getLong(2), rs.getObject(3, OffsetDateTime.class)), rs.getLong(1));
			});
		List<Object[]> users = new ArrayList<>();
		List<Object[]> contacts = new ArrayList<>();
		for (Communication c : communications) {
			long id = ids.get(timeKey(c.accountId(), c.occurredAt()));
			c.ourParticipantIds().forEach(user -> users.add(new Object[] { id, c.accountId(), user }));
			c.contactIds().forEach(contact -> contacts.add(new Object[] { id, c.accountId(), contact }));
		}
		batch.batchUpdate("insert into communication_user (communication_id, account_id, user_id) values (?, ?, ?)",
				users);
		batch.batchUpdate(
				"insert into communication_contact (communication_id, account_id, contact_id) values (?, ?, ?)",
				contacts);
		return communications.size() + users.size() + contacts.size();
	}

	private static String timeKey(long accountId, OffsetDateTime at) {
		return accountId + "@" + at.toInstant().toEpochMilli();
	}

	private static JdbcClient.StatementSpec bindFields(JdbcClient.StatementSpec spec, CommunicationFields f) {
		return spec.param("channel", f.channel().name())
			.param("occurredAt", f.occurredAt())
			.param("subject", f.subject())
			.param("content", f.content(), Types.VARCHAR)
			.param("outcome", f.outcome(), Types.VARCHAR)
			.param("nextStep", f.nextStep(), Types.VARCHAR)
			.param("nextStepDue", f.nextStepDue(), Types.DATE)
			.param("nextStepOwnerId", f.nextStepOwnerId(), Types.BIGINT)
			.param("nextStepDone", f.nextStepDone());
	}

	long insert(long accountId, CommunicationFields fields, long userId, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		bindFields(jdbc.sql("""
				insert into communication (account_id, channel, occurred_at, subject, content, outcome, next_step,
				  next_step_due, next_step_owner_id, next_step_done, created_at, updated_at, created_by, updated_by,
				  version)
				values (:accountId, :channel, :occurredAt, :subject, :content, :outcome, :nextStep,
				  :nextStepDue, :nextStepOwnerId, :nextStepDone, :now, :now, :userId, :userId, 0)"""), fields)
			.param("accountId", accountId)
			.param("now", now)
			.param("userId", userId)
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		insertParticipants(accountId, id, fields);
		return id;
	}

	/** Answers the rows changed: 0 when the version is stale or the record gone. */
	int update(long accountId, long id, long version, CommunicationFields fields, long userId, OffsetDateTime now) {
		int changed = bindFields(jdbc.sql("""
				update communication set channel = :channel, occurred_at = :occurredAt, subject = :subject,
				  content = :content, outcome = :outcome, next_step = :nextStep, next_step_due = :nextStepDue,
				  next_step_owner_id = :nextStepOwnerId, next_step_done = :nextStepDone, updated_at = :now,
				  updated_by = :userId, version = version + 1
				where id = :id and account_id = :accountId and version = :version and deleted_at is null"""), fields)
			.param("now", now)
			.param("userId", userId)
			.param("id", id)
			.param("accountId", accountId)
			.param("version", version)
			.update();
		if (changed > 0) {
			jdbc.sql("delete from communication_user where communication_id = :id").param("id", id).update();
			jdbc.sql("delete from communication_contact where communication_id = :id").param("id", id).update();
			insertParticipants(accountId, id, fields);
		}
		return changed;
	}

	private void insertParticipants(long accountId, long id, CommunicationFields fields) {
		for (Long userId : fields.ourParticipantIds()) {
			jdbc.sql("""
					insert into communication_user (communication_id, account_id, user_id)
					values (:id, :accountId, :userId)""")
				.param("id", id)
				.param("accountId", accountId)
				.param("userId", userId)
				.update();
		}
		for (Long contactId : fields.contactIds()) {
			jdbc.sql("""
					insert into communication_contact (communication_id, account_id, contact_id)
					values (:id, :accountId, :contactId)""")
				.param("id", id)
				.param("accountId", accountId)
				.param("contactId", contactId)
				.update();
		}
	}

	int softDelete(long accountId, long id, long userId, OffsetDateTime now) {
		return SoftDelete.accountRecord(jdbc, "communication", accountId, id, userId, now);
	}

	Optional<Communication> find(long accountId, long id) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from communication c where c.id = :id and c.account_id = :accountId and c.deleted_at is null")
			.param("id", id)
			.param("accountId", accountId)
			.query(Communications::map)
			.optional()
			.map(c -> withParticipants(List.of(c)).get(0));
	}

	Optional<Long> liveVersion(long accountId, long id) {
		return jdbc.sql("""
				select version from communication
				where id = :id and account_id = :accountId and deleted_at is null""")
			.param("id", id)
			.param("accountId", accountId)
			.query(Long.class)
			.optional();
	}

	/** One page; {@code access} is null when the caller has checked the account. */
	List<Communication> page(CommunicationFilter filter, OffsetDateTime from, OffsetDateTime to, SqlCondition access,
			Sorting sorting, PageQuery page) {
		SqlFilter where = where(filter, from, to, access);
		List<Communication> rows = jdbc
			.sql("select " + COLUMNS + FROM + where.where() + " order by " + sorting.orderBy("c.id")
					+ " limit :limit offset :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Communications::map)
			.list();
		return withParticipants(rows);
	}

	long count(CommunicationFilter filter, OffsetDateTime from, OffsetDateTime to, SqlCondition access) {
		SqlFilter where = where(filter, from, to, access);
		return jdbc.sql("select count(*)" + FROM + where.where()).params(where.params()).query(Long.class).single();
	}

	/**
	 * The matches across accounts, counted no further than {@code cap}: an exact count of
	 * millions of rows costs seconds on every page.
	 */
	long countUpTo(CommunicationFilter filter, OffsetDateTime from, OffsetDateTime to, SqlCondition access, long cap) {
		return where(filter, from, to, access).countUpTo(jdbc, TABLES, cap);
	}

	/**
	 * Open next steps of one owner due on or before {@code horizon}, oldest due first;
	 * from the index on open next steps by owner and due date.
	 */
	List<DueNextStep> dueNextSteps(long ownerId, LocalDate horizon, LocalDate today, SqlCondition access, int limit) {
		return jdbc
			.sql("select c.id, c.account_id, a.name, c.subject, c.next_step, c.next_step_due, c.version" + FROM + """
					 where c.next_step_owner_id = :ownerId and c.next_step_done = false and c.deleted_at is null
					  and c.next_step_due is not null and c.next_step_due <= :horizon and (%s)
					order by c.next_step_due, c.id limit :limit""".formatted(access.sql()))
			.params(access.params())
			.param("ownerId", ownerId)
			.param("horizon", horizon, Types.DATE)
			.param("limit", limit)
			.query(dueNextStep(today))
			.list();
	}

	/** A row of the next-step queries, overdue when due before {@code today}. */
	private static RowMapper<DueNextStep> dueNextStep(LocalDate today) {
		return (rs, row) -> {
			LocalDate due = rs.getObject("next_step_due", LocalDate.class);
			return new DueNextStep(rs.getLong("id"), rs.getLong("account_id"), rs.getString("name"),
					rs.getString("subject"), rs.getString("next_step"), due, due.isBefore(today),
					rs.getLong("version"));
		};
	}

	/**
	 * Open next steps of one owner due in [{@code from}, {@code to}) ({@code from} null:
	 * no lower bound), earliest or latest due first, from the index on open next steps.
	 */
	List<DueNextStep> openNextSteps(long ownerId, LocalDate from, LocalDate to, LocalDate today, SqlCondition access,
			boolean latestFirst, int limit) {
		String order = latestFirst ? "c.next_step_due desc, c.id desc" : "c.next_step_due, c.id";
		SqlFilter where = openNextSteps(ownerId, from, to, access);
		return jdbc
			.sql("select c.id, c.account_id, a.name, c.subject, c.next_step, c.next_step_due, c.version" + FROM
					+ where.where() + " order by " + order + " limit :limit")
			.params(where.params())
			.param("limit", limit)
			.query(dueNextStep(today))
			.list();
	}

	/**
	 * How many open next steps of one owner are due in [{@code from}, {@code to}),
	 * counted no further than {@code cap}.
	 */
	long countOpenNextSteps(long ownerId, LocalDate from, LocalDate to, SqlCondition access, long cap) {
		return openNextSteps(ownerId, from, to, access).countUpTo(jdbc, TABLES, cap);
	}

	private static SqlFilter openNextSteps(long ownerId, LocalDate from, LocalDate to, SqlCondition access) {
		return new SqlFilter().and("c.next_step_owner_id = :ownerId", "ownerId", ownerId)
			.and("c.next_step_done = false and c.deleted_at is null and c.next_step_due is not null")
			.and("c.next_step_due < :to", "to", to)
			.andIfGiven("c.next_step_due >= :from", "from", from)
			.and(access.sql(), access.params());
	}

	/** An account's communications before a moment, newest first. */
	List<TimelineEntry> timeline(long accountId, OffsetDateTime before, int limit) {
		return jdbc.sql("""
				select id, occurred_at, subject, outcome from communication
				where account_id = :accountId and deleted_at is null and occurred_at < :before
				order by occurred_at desc, id desc limit :limit""")
			.param("accountId", accountId)
			.param("before", before)
			.param("limit", limit)
			.query((rs, row) -> new TimelineEntry(CommunicationKind.KIND,
					rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("subject"), rs.getString("outcome"),
					"/accounts/" + accountId + "/communications/" + rs.getLong("id")))
			.list();
	}

	/**
	 * An account's live communications of {@code [from, to)} per channel; channels
	 * without any are left out.
	 */
	Map<Channel, Long> countByChannel(long accountId, OffsetDateTime from, OffsetDateTime to) {
		Map<Channel, Long> counts = new EnumMap<>(Channel.class);
		jdbc.sql("""
				select channel, count(*) as n from communication
				where account_id = :accountId and deleted_at is null and occurred_at >= :from and occurred_at < :to
				group by channel""")
			.param("accountId", accountId)
			.param("from", from)
			.param("to", to)
			.query((ResultSet rs) -> {
				counts.put(Channel.valueOf(rs.getString("channel")), rs.getLong("n"));
			});
		return counts;
	}

	/**
	 * An account's next steps recorded before {@code before} and not done (as far as
	 * known now: a step's done flag carries no date).
	 */
	long countOpenNextSteps(long accountId, OffsetDateTime before) {
		return jdbc.sql("""
				select count(*) from communication
				where account_id = :accountId and deleted_at is null and occurred_at < :before
				  and next_step is not null and next_step_done = false""")
			.param("accountId", accountId)
			.param("before", before)
			.query(Long.class)
			.single();
	}

	/** An account's newest communications of {@code [from, to)}, without participants. */
	List<Communication> newestIn(long accountId, OffsetDateTime from, OffsetDateTime to, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from communication c
				where c.account_id = :accountId and c.deleted_at is null
				  and c.occurred_at >= :from and c.occurred_at < :to
				order by c.occurred_at desc, c.id desc limit :limit""")
			.param("accountId", accountId)
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query(Communications::map)
			.list();
	}

	private List<Communication> withParticipants(List<Communication> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		List<Long> ids = rows.stream().map(Communication::id).toList();
		Map<Long, List<Long>> users = links("select communication_id, user_id from communication_user", ids);
		Map<Long, List<Long>> contacts = links("select communication_id, contact_id from communication_contact", ids);
		return rows.stream()
			.map(c -> c.withParticipants(users.getOrDefault(c.id(), List.of()),
					contacts.getOrDefault(c.id(), List.of())))
			.toList();
	}

	private Map<Long, List<Long>> links(String select, Collection<Long> ids) {
		Map<Long, List<Long>> links = new HashMap<>();
		jdbc.sql(select + " where communication_id in (:ids) order by 1, 2").param("ids", ids).query((ResultSet rs) -> {
			links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
		});
		return links;
	}

	private static SqlFilter where(CommunicationFilter f, OffsetDateTime from, OffsetDateTime to, SqlCondition access) {
		SqlFilter where = new SqlFilter().and("c.deleted_at is null");
		if (access != null) {
			where.and(access.sql(), access.params());
		}
		where.equalsIfGiven("c.account_id", "accountId", f.accountId())
			.equalsIfGiven("c.channel", "channel", f.channel())
			.andIfGiven("c.occurred_at >= :from", "from", from)
			.andIfGiven("c.occurred_at < :to", "to", to)
			.equalsIfGiven("c.next_step_owner_id", "ownerId", f.ownerId())
			.andIfGiven("c.next_step_done = false and c.next_step_due is not null and c.next_step_due < :dueBefore",
					"dueBefore", f.dueBefore());
		return where;
	}

	private static Communication map(ResultSet rs, int row) throws SQLException {
		return new Communication(rs.getLong("id"), rs.getLong("account_id"), Channel.valueOf(rs.getString("channel")),
				rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("subject"), rs.getString("content"),
				rs.getString("outcome"), List.of(), List.of(), rs.getString("next_step"),
				rs.getObject("next_step_due", LocalDate.class), rs.getObject("next_step_owner_id", Long.class),
				rs.getBoolean("next_step_done"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getObject("created_by", Long.class),
				rs.getObject("updated_by", Long.class), rs.getLong("version"));
	}

}
