package org.kam.dataops.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.stereotype.Component;

/**
 * Lets a database migrated before issue 10 start with today's migration files. Issue 10
 * removed vendor files that only ran {@code select 1;} and removed from the PostgreSQL
 * V8_5 an index that V16_0 drops again; Flyway would refuse such a database (an applied
 * migration without its file, a changed checksum). Before Flyway validates, exactly those
 * history rows, recognised by version and checksum, are brought in line the way
 * {@code flyway repair} would: a removed file is marked deleted, V8_5 gets its new
 * checksum. Every other difference still stops the start (docs/migrations.md).
 */
@Component
class RetiredMigrations implements Callback {

	/** An applied migration whose file is gone: a {@code select 1;} placeholder. */
	record Removed(String version, int checksum) {
	}

	/** An applied migration whose file changed without changing what it leaves behind. */
	record Rewritten(String version, int checksum, int newChecksum) {
	}

	static final List<Removed> REMOVED = List.of(
			// H2: the indexes these versions add on PostgreSQL do not exist in H2
			new Removed("2.1", 868183171), new Removed("2.5", -39604143), new Removed("4.5", 687662826),
			new Removed("5.5", -1036279813), new Removed("6.5", -303796879), new Removed("8.5", -1207224131),
			new Removed("9.5", 1578824762), new Removed("11.5", -255524243), new Removed("13.0", 1629627587),
			// PostgreSQL: V18_0 adds on H2 the index PostgreSQL has had since V4_5
			new Removed("18.0", 1392673012));

	/**
	 * PostgreSQL V8_5 without ix_notification_unread, a partial index on notification's
	 * read_at that V16_0 drops with the column.
	 */
	static final List<Rewritten> REWRITTEN = List.of(new Rewritten("8.5", 1399060538, 439164764));

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_VALIDATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		Connection connection = context.getConnection();
		try {
			String history = historyTable(connection, context.getConfiguration());
			if (history == null) {
				return;
			}
			if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
				// two nodes starting at once: the second sees the first one's marks
				try (PreparedStatement lock = connection
					.prepareStatement("lock table " + history + " in share row exclusive mode")) {
					lock.execute();
				}
			}
			for (Removed removed : REMOVED) {
				markDeleted(connection, history, removed);
			}
			for (Rewritten rewritten : REWRITTEN) {
				realign(connection, history, rewritten);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not bring the schema history in line with the migration files", ex);
		}
	}

	/**
	 * What {@code flyway repair} writes for a missing migration: a DELETE row after it.
	 */
	private static void markDeleted(Connection connection, String history, Removed removed) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("insert into " + history
				+ " (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
				+ " select (select max(\"installed_rank\") from " + history + ") + 1,"
				+ " \"version\", \"description\", 'DELETE', \"script\", \"checksum\", \"installed_by\", 0, true from "
				+ history + " a"
				+ " where a.\"version\" = ? and a.\"checksum\" = ? and a.\"type\" = 'SQL' and a.\"success\""
				+ " and not exists (select 1 from " + history
				+ " d where d.\"version\" = a.\"version\" and d.\"type\" = 'DELETE')")) {
			insert.setString(1, removed.version());
			insert.setInt(2, removed.checksum());
			insert.executeUpdate();
		}
	}

	private static void realign(Connection connection, String history, Rewritten rewritten) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("update " + history
				+ " set \"checksum\" = ? where \"version\" = ? and \"checksum\" = ? and \"type\" = 'SQL' and \"success\"")) {
			update.setInt(1, rewritten.newChecksum());
			update.setString(2, rewritten.version());
			update.setInt(3, rewritten.checksum());
			update.executeUpdate();
		}
	}

	/**
	 * The schema history table as SQL names it, or null on a database Flyway has not
	 * seen.
	 */
	private static String historyTable(Connection connection, Configuration configuration) throws SQLException {
		String schema = configuration.getDefaultSchema() != null ? configuration.getDefaultSchema()
				: connection.getSchema();
		try (ResultSet tables = connection.getMetaData()
			.getTables(connection.getCatalog(), null, null, new String[] { "TABLE" })) {
			while (tables.next()) {
				if (tables.getString("TABLE_NAME").equalsIgnoreCase(configuration.getTable())
						&& tables.getString("TABLE_SCHEM").equalsIgnoreCase(schema)) {
					return "\"" + tables.getString("TABLE_SCHEM") + "\".\"" + tables.getString("TABLE_NAME") + "\"";
				}
			}
		}
		return null;
	}

	@Override
	public String getCallbackName() {
		return getClass().getSimpleName();
	}

}
