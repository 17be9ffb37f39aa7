package org.kam.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Finds the PostgreSQL the PostgreSQL suite runs on. {@code KAM_TEST_PG_URL} names a
 * database made for this run (CI creates one); without it, a PostgreSQL on 127.0.0.1:5432
 * gets a throw-away database that is dropped when the JVM exits. When none is reachable
 * the suite is skipped, except under {@code CI=true} or with an explicit URL, where that
 * is an error: CI must never pass by skipping.
 */
public final class TestPostgres {

	private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private static final String LOCAL_ADMIN_URL = LOCAL_SERVER + "postgres";

	private static volatile Resolution resolution;

	record Resolution(String url, String user, String password, String skipReason) {
	}

	private TestPostgres() {
	}

	public static String url() {
		return resolve().url();
	}

	public static String user() {
		return resolve().user();
	}

	public static String password() {
		return resolve().password();
	}

	/**
	 * Creates an empty database on the suite's server, dropped when the JVM exits, and
	 * answers its URL.
	 */
	public static String createDatabase(String database) {
		String server = url().replaceFirst("(^jdbc:postgresql://[^/]+/).*$", "$1");
		try (Connection admin = DriverManager.getConnection(server + "postgres", user(), password());
				Statement statement = admin.createStatement()) {
			statement.execute("create database " + database);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not create database " + database + " on " + server, e);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, database, user(), password())));
		return server + database;
	}

	/** Why the suite is skipped, or null when it runs. */
	static String skipReason() {
		return resolve().skipReason();
	}

	static synchronized Resolution resolve() {
		if (resolution == null) {
			resolution = doResolve();
		}
		return resolution;
	}

	private static Resolution doResolve() {
		String user = envOr("KAM_TEST_PG_USER", "postgres");
		String password = envOr("KAM_TEST_PG_PASSWORD", "");
		String url = System.getenv("KAM_TEST_PG_URL");
		if (url != null && !url.isBlank()) {
			requireReachable(url, user, password, "KAM_TEST_PG_URL=" + url);
			return new Resolution(url, user, password, null);
		}
		try (Connection admin = DriverManager.getConnection(LOCAL_ADMIN_URL, user, password);
				Statement statement = admin.createStatement()) {
			String database = "kam_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			statement.execute("create database " + database);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(LOCAL_SERVER, database, user, password)));
			return new Resolution(LOCAL_SERVER + database, user, password, null);
		}
		catch (SQLException e) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true but no PostgreSQL is reachable at " + LOCAL_ADMIN_URL
						+ " and KAM_TEST_PG_URL is unset: the PostgreSQL suite must run in CI", e);
			}
			String reason = "PostgreSQL suite SKIPPED: KAM_TEST_PG_URL is unset and no PostgreSQL answers at "
					+ LOCAL_ADMIN_URL + " (" + e.getMessage() + ")";
			System.err.println("*** " + reason);
			return new Resolution(null, user, password, reason);
		}
	}

	private static void requireReachable(String url, String user, String password, String what) {
		try (Connection ignored = DriverManager.getConnection(url, user, password)) {
			// reachable
		}
		catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL is unreachable (" + what + "): " + e.getMessage(), e);
		}
	}

	private static void drop(String server, String database, String user, String password) {
		try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + database.toLowerCase(Locale.ROOT) + " with (force)");
		}
		catch (SQLException e) {
			System.err.println("Could not drop test database " + database + ": " + e.getMessage());
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

}
