package org.kam.devplan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same load on PostgreSQL in a database of its own (the loader refuses a database
 * that holds accounts), as dataops' DemoDataPostgresTests does it.
 */
@EnabledIf("reachable")
class DevplanDemoDataPostgresTests extends DevplanDemoDataTests {

	private static final String SERVER = System.getenv()
		.getOrDefault("KAM_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres")
		.replaceFirst("(^jdbc:postgresql://[^/]+/).*$", "$1");

	private static final String USER = System.getenv().getOrDefault("KAM_TEST_PG_USER", "postgres");

	private static final String PASSWORD = System.getenv().getOrDefault("KAM_TEST_PG_PASSWORD", "");

	private static final String DATABASE = "kam_devplan_demo_"
			+ UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	/** CI must never pass by skipping. */
	static boolean reachable() {
		try (Connection ignored = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD)) {
			return true;
		}
		catch (SQLException e) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true but no PostgreSQL answers at " + SERVER, e);
			}
			return false;
		}
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws SQLException {
		admin("create database " + DATABASE);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				admin("drop database if exists " + DATABASE + " with (force)");
			}
			catch (SQLException e) {
				System.err.println("Could not drop " + DATABASE + ": " + e.getMessage());
			}
		}));
		registry.add("spring.datasource.url", () -> SERVER + DATABASE + "?reWriteBatchedInserts=true");
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
	}

	private static void admin(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
