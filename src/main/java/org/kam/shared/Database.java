package org.kam.shared;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which database holds the data, for the few places that use what only PostgreSQL has:
 * the keyword search's search documents, how a bulk load moves identity columns and plans
 * its statements.
 */
@Component
public class Database {

	private final boolean postgres;

	private final JdbcClient jdbc;

	Database(DataSource dataSource, JdbcClient jdbc) {
		this.jdbc = jdbc;
		try (Connection connection = dataSource.getConnection()) {
			this.postgres = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot tell which database this is", e);
		}
	}

	public boolean postgres() {
		return postgres;
	}

	/**
	 * For a transaction of bulk writes, to be called inside it: on PostgreSQL every
	 * statement, and every foreign-key check its rows fire, is planned once for the rest
	 * of the transaction. The pool plans every execution afresh (the keyword search needs
	 * its pattern in view, see application-postgres.yml), and for a bulk load that meant
	 * planning each row's foreign-key checks: about 40 % of the CPU of a demo load's
	 * account batches, measured with perf. Nothing to do on H2.
	 */
	public void planOncePerStatement() {
		if (postgres) {
			jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
		}
	}

}
