package org.kam.account.domain;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V19_1 gives the accounts that existed before it the same name_match a write would give
 * them, duplicates in old data included (nothing unique to violate).
 */
class AccountNameMatchMigrationTests {

	@Test
	void fillsTheNameMatchOfEveryExistingAccountInBatches() throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:name-match;MODE=PostgreSQL");
				Statement sql = connection.createStatement()) {
			sql.execute("create table account (id bigint primary key, name varchar(200), name_match varchar(200))");
			sql.execute("insert into account (id, name) select x, '杭州云帆智能科技有限公司' from system_range(1, 2500)");
			sql.execute("insert into account (id, name) values (2501, 'Acme Trading Co., Ltd.')");

			new V19_1__Account_name_match_fill().migrate(new Context() {
				@Override
				public Configuration getConfiguration() {
					return null;
				}

				@Override
				public Connection getConnection() {
					return connection;
				}
			});

			List<String> keys = new ArrayList<>();
			try (ResultSet rows = sql
				.executeQuery("select distinct name_match from account order by name_match nulls first")) {
				while (rows.next()) {
					keys.add(rows.getString(1));
				}
			}
			assertThat(keys).containsExactly("acmetrading", "杭州云帆智能科技");
		}
	}

}
