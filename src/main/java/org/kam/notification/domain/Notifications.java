package org.kam.notification.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification tables, in SQL; every read is one reader's. */
@Repository
class Notifications {

	/**
	 * Separates the arguments in {@code text_args}; never typed in a name or a number.
	 */
	static final String SEPARATOR = "\u001F";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Notifications(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	int insert(Collection<Long> recipients, String kind, String textKey, List<String> args, String link,
			OffsetDateTime now) {
		String joined = joined(args);
		List<Object[]> rows = recipients.stream()
			.distinct()
			.map(id -> new Object[] { id, kind, textKey, joined, link, now })
			.toList();
		batch.batchUpdate("""
				insert into notification (recipient_id, kind, text_key, text_args, link, created_at)
				values (?, ?, ?, ?, ?, ?)""", rows, new int[] { Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
				Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE });
		return rows.size();
	}

	/** One notification for whoever holds the role when they read it. */
	void insertForRole(String role, String kind, String textKey, List<String> args, String link, OffsetDateTime now) {
		jdbc.sql("""
				insert into notification (audience_role, kind, text_key, text_args, link, created_at)
				values (:role, :kind, :textKey, :args, :link, :now)""")
			.param("role", role)
			.param("kind", kind)
			.param("textKey", textKey)
			.param("args", joined(args), Types.VARCHAR)
			.param("link", link, Types.VARCHAR)
			.param("now", now)
			.update();
	}

	List<Row> page(Reader reader, boolean unreadOnly, int limit, long offset) {
		return reader
			.bind(jdbc.sql("""
					select n.id, n.kind, n.text_key, n.text_args, n.text, n.link, n.created_at, r.read_at
					from notification n
					left join notification_read r on r.notification_id = n.id and r.user_id = :reader
					where %s %s
					order by n.created_at desc, n.id desc limit :limit offset :offset""".formatted(reader.addressed(),
					unreadOnly ? "and r.read_at is null" : "")))
			.param("limit", limit)
			.param("offset", offset)
			.query(Notifications::map)
			.list();
	}

	long count(Reader reader, boolean unreadOnly) {
		String unread = unreadOnly ? """
				and not exists (select 1 from notification_read r
				  where r.notification_id = n.id and r.user_id = :reader)""" : "";
		return reader.bind(jdbc.sql("select count(*) from notification n where " + reader.addressed() + unread))
			.query(Long.class)
			.single();
	}

	/**
	 * Whether the notification is addressed to the reader (to them or to a role of
	 * theirs).
	 */
	boolean isFor(Reader reader, long id) {
		return reader.bind(jdbc.sql("select count(*) from notification n where n.id = :id and " + reader.addressed()))
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	/** Marks the notification read for this reader, once; others keep their own state. */
	void markRead(long readerId, long id, OffsetDateTime now) {
		try {
			jdbc.sql("""
					insert into notification_read (notification_id, user_id, read_at)
					select :id, :reader, :now from notification where id = :id and not exists
					  (select 1 from notification_read where notification_id = :id and user_id = :reader)""")
				.param("id", id)
				.param("reader", readerId)
				.param("now", now)
				.update();
		}
		catch (DuplicateKeyException alreadyRead) {
			// the same reader, in another tab, at the same moment
		}
	}

	private static String joined(List<String> args) {
		return args.isEmpty() ? null : String.join(SEPARATOR, args);
	}

	/**
	 * Who reads: their own notifications and those addressed to any role they hold now,
	 * so a role granted later brings what was sent to the role before.
	 */
	record Reader(long id, Set<String> roles) {

		Reader {
			roles = Set.copyOf(roles);
		}

		String addressed() {
			return roles.isEmpty() ? "(n.recipient_id = :reader)"
					: "(n.recipient_id = :reader or n.audience_role in (:roles))";
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql) {
			sql.param("reader", id);
			return roles.isEmpty() ? sql : sql.param("roles", List.copyOf(roles));
		}

	}

	record Row(long id, String kind, String textKey, List<String> args, String text, String link,
			OffsetDateTime createdAt, OffsetDateTime readAt) {
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		String args = rs.getString("text_args");
		return new Row(rs.getLong("id"), rs.getString("kind"), rs.getString("text_key"),
				args == null ? List.of() : Arrays.asList(args.split(SEPARATOR, -1)), rs.getString("text"),
				rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("read_at", OffsetDateTime.class));
	}

}
