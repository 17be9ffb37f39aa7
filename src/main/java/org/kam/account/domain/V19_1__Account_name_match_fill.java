package org.kam.account.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Fills name_match (V19_0) for the accounts that existed before it, in Java because the
 * key (SimilarNames) is computed in Java on every write and both must agree. A Spring
 * bean, which is how Spring Boot hands Java migrations to Flyway.
 */
@Component
class V19_1__Account_name_match_fill extends BaseJavaMigration {

	private static final int BATCH = 1_000;

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		long after = 0;
		while (true) {
			long last = after;
			int count = 0;
			try (PreparedStatement select = connection
				.prepareStatement("select id, name from account where id > ? order by id limit " + BATCH);
					PreparedStatement update = connection
						.prepareStatement("update account set name_match = ? where id = ?")) {
				select.setLong(1, after);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						last = rows.getLong(1);
						update.setString(1, SimilarNames.key(rows.getString(2)));
						update.setLong(2, last);
						update.addBatch();
						count++;
					}
				}
				if (count > 0) {
					update.executeBatch();
				}
			}
			if (count < BATCH) {
				return;
			}
			after = last;
		}
	}

}
