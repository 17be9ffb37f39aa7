package org.kam.dataops;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.context.DynamicPropertyRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the benchmarks share: the kept PostgreSQL database ({@code KAM_BENCH_*}, see
 * docs/benchmarks.md), the form login of their HTTP clients and their latency summary.
 */
final class BenchDatabase {

	static final String URL = env("KAM_BENCH_PG_URL",
			"jdbc:postgresql://127.0.0.1:5432/kam_bench?reWriteBatchedInserts=true");

	static final String USER = env("KAM_BENCH_PG_USER", "postgres");

	static final String PASSWORD = env("KAM_BENCH_PG_PASSWORD", "");

	/** Accounts to load, only when the database is empty. */
	static final int ACCOUNTS = Integer.parseInt(env("KAM_BENCH_ACCOUNTS", "1000000"));

	static final long SEED = Long.parseLong(env("KAM_BENCH_SEED", "20261125"));

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private BenchDatabase() {
	}

	/** Creates the database when missing and points the application at it. */
	static void register(DynamicPropertyRegistry registry) throws SQLException {
		createDatabaseIfMissing();
		registry.add("spring.datasource.url", () -> URL);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
	}

	private static void createDatabaseIfMissing() throws SQLException {
		String database = URL.replaceFirst("^jdbc:postgresql://[^/]+/", "").replaceFirst("\\?.*$", "");
		String maintenance = URL.replaceFirst("(^jdbc:postgresql://[^/]+/)[^?]*", "$1postgres");
		try (Connection connection = DriverManager.getConnection(maintenance, USER, PASSWORD);
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, database);
			if (!exists.executeQuery().next()) {
				try (Statement create = connection.createStatement()) {
					create.execute("create database \"" + database.replace("\"", "") + "\"");
				}
			}
		}
	}

	/**
	 * Form login as a browser does it: fetch the CSRF token with the login page, then
	 * post it.
	 */
	static void signIn(HttpClient client, URI login, String username, String password)
			throws IOException, InterruptedException {
		String page = client.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrf.group(1));
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(login)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** p50, p95 and mean in milliseconds of measured round trips, and how many. */
	record Latencies(double p50, double p95, double mean, int n) {

		static Latencies of(List<Long> nanos) {
			List<Long> sorted = nanos.stream().sorted().toList();
			double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
			return new Latencies(percentile(sorted, 50), percentile(sorted, 95), mean, sorted.size());
		}

		private static double percentile(List<Long> sorted, int percent) {
			if (sorted.isEmpty()) {
				return 0;
			}
			int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
			return sorted.get(Math.max(0, index)) / 1e6;
		}

	}

}
