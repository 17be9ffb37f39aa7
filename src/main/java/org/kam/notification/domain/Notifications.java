package org.kam.notification.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification table, in SQL; every read is one recipient's. */
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
		String joined = args.isEmpty() ? null : String.join(SEPARATOR, args);
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

	List<Row> page(long recipientId, boolean unreadOnly, int limit, long offset) {
		return jdbc
			.sql("""
					select id, kind, text_key, text_args, text, link, created_at, read_at from notification
					where recipient_id = :recipient %s
					order by created_at desc, id desc limit :limit offset :offset"""
				.formatted(unreadOnly ? "and read_at is null" : ""))
			.param("recipient", recipientId)
			.param("limit", limit)
			.param("offset", offset)
			.query(Notifications::map)
			.list();
	}

	long count(long recipientId, boolean unreadOnly) {
		return jdbc
			.sql("select count(*) from notification where recipient_id = :recipient"
					+ (unreadOnly ? " and read_at is null" : ""))
			.param("recipient", recipientId)
			.query(Long.class)
			.single();
	}

	/** Marks the recipient's notification read (once); answers whether it is theirs. */
	boolean markRead(long recipientId, long id, OffsetDateTime now) {
		jdbc.sql(
				"update notification set read_at = :now where id = :id and recipient_id = :recipient and read_at is null")
			.param("now", now)
			.param("id", id)
			.param("recipient", recipientId)
			.update();
		return jdbc.sql("select count(*) from notification where id = :id and recipient_id = :recipient")
			.param("id", id)
			.param("recipient", recipientId)
			.query(Long.class)
			.single() > 0;
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
