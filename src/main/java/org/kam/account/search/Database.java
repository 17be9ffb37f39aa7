package org.kam.account.search;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Which database holds the archive: keyword search takes PostgreSQL's search terms where
 * it has them and plain SQL on H2 (see {@link KeywordSearchChoice}); a bulk load moves
 * the identity columns the way each database allows.
 */
@Component
public class Database {

	private final boolean postgres;

	Database(DataSource dataSource) {
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

}
