package org.kam.region;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V17_0 maps the free-text regions that accounts had to GB/T 2260 codes where they name a
 * province or city, and keeps other text as it was, without a code.
 */
class RegionMigrationTests {

	@Test
	void existingTextBecomesCodesAndFullNamesWhereItResolves() throws SQLException {
		String url = "jdbc:h2:mem:regions" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		Flyway before = Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			// the last released version (H2 had an empty 13.0, removed in issue 10): the
			// migrations of issue 9 run over the inserted rows
			.target("12.0")
			.load();
		before.migrate();
		try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
			String[][] rows = { { "广东", "深圳" }, { "广东省", "深圳市" }, { "Guangdong", "shenzhen" }, { "440000", "440300" },
					{ "北京市", "北京市" }, { null, "苏州" }, { "火星", "奥林帕斯" }, { "浙江", "深圳" }, { null, null } };
			for (int i = 0; i < rows.length; i++) {
				s.execute(
						"insert into account (name, name_key, status, urgency, province, city, created_at, updated_at)"
								+ " values ('a" + i + "', 'a" + i + "', 'POTENTIAL', 'CAN_WAIT', " + literal(rows[i][0])
								+ ", " + literal(rows[i][1]) + ", current_timestamp, current_timestamp)");
			}
		}
		Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.load()
			.migrate();
		try (Connection c = DriverManager.getConnection(url, "sa", "");
				Statement s = c.createStatement();
				ResultSet rs = s
					.executeQuery("select province, province_code, city, city_code from account order by id")) {
			List<String> mapped = new ArrayList<>();
			while (rs.next()) {
				mapped.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
			}
			assertThat(mapped).containsExactly("广东省|440000|深圳市|440300", "广东省|440000|深圳市|440300",
					"广东省|440000|深圳市|440300", "广东省|440000|深圳市|440300", "北京市|110000|北京市|110100", "江苏省|320000|苏州市|320500",
					"火星|null|奥林帕斯|null", "浙江省|330000|深圳|null", "null|null|null|null");
		}
	}

	private static String literal(String text) {
		return text == null ? "null" : "'" + text + "'";
	}

}
