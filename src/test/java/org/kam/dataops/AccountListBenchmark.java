package org.kam.dataops;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.kam.dataops.BenchDatabase.Latencies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server time of the account list at scale (DESIGN: p95 ≤ 50 ms at 1,000,000 accounts),
 * through the API and as bare SQL. Not part of the build:
 * {@code ./mvnw -Pbenchmark test}, see docs/benchmarks.md. The database is kept between
 * runs, so only the first run loads.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kam.admin-password=" + AccountListBenchmark.ADMIN_PASSWORD, "kam.demo.accounts=0",
				// the database outlives versions of the application: a migration added
				// later with a lower
				// version than one already applied (V1_1 after V2_1) must still run, not
				// fail validation
				"spring.flyway.out-of-order=true",
				// as in application-postgres.yml: custom plans, so that keyword search
				// keeps its trigram indexes
				"spring.datasource.hikari.data-source-properties.options=-c plan_cache_mode=force_custom_plan" })
class AccountListBenchmark {

	static final String ADMIN_PASSWORD = "bench-password-123";

	private static final int WARM_UP = Integer.parseInt(BenchDatabase.env("KAM_BENCH_WARMUP", "20"));

	private static final int REQUESTS = Integer.parseInt(BenchDatabase.env("KAM_BENCH_REQUESTS", "200"));

	/** Seconds each measurement may take at most, see {@link #measure}. */
	private static final long BUDGET_NANOS = Long
		.parseLong(BenchDatabase.env("KAM_BENCH_SECONDS_PER_MEASUREMENT", "30")) * 1_000_000_000L;

	/**
	 * The same shape as the list query of org.kam.account.domain.Accounts, for an admin
	 * (who reads all).
	 */
	private static final String WHERE_LIVE = " where a.deleted_at is null and (1 = 1)";

	private static final String KEYWORD = """
			a.id in (select id from account where name_key like :q escape '\\' or uscc like :qUpper escape '\\'
			  union select account_id from contact where name_key like :q escape '\\' and deleted_at is null)""";

	private static final List<Case> CASES = List.of(new Case("no filter, sorted by name, page 0", Map.of(), 0),
			new Case("status=COOPERATING", Map.of("status", "COOPERATING"), 0),
			new Case("province=广东省 & city=深圳市", Map.of("province", "广东省", "city", "深圳市"), 0),
			new Case("industry=信息技术 & status=INTENDED", Map.of("industry", "信息技术", "status", "INTENDED"), 0),
			new Case("q=科技 (2 Chinese chars)", Map.of("q", "科技"), 0),
			new Case("q=王 (1 Chinese char)", Map.of("q", "王"), 0),
			new Case("q=科技 & status=INTENDED", Map.of("q", "科技", "status", "INTENDED"), 0),
			new Case("q=王, sorted by last update", Map.of("q", "王", "sort", "updatedAt,desc"), 0),
			new Case("q=深圳市 (3 Chinese chars, a city)", Map.of("q", "深圳市"), 0),
			new Case("q=有限公司 (in most Chinese names)", Map.of("q", "有限公司"), 0),
			new Case("q=ltd (in most English names)", Map.of("q", "ltd"), 0),
			new Case("q=华信科技 (4 Chinese chars)", Map.of("q", "华信科技"), 0),
			new Case("q=logistics (English)", Map.of("q", "logistics"), 0),
			new Case("q=northwind logistics (English, 2 words)", Map.of("q", "northwind logistics"), 0),
			// a common keyword with a broad filter other than the status (#10 item 6)
			new Case("q=科技 & industry=信息技术", Map.of("q", "科技", "industry", "信息技术"), 0),
			new Case("q=王 & province=广东省", Map.of("q", "王", "province", "广东省"), 0),
			new Case("q=有限公司 & province=广东省 & city=深圳市", Map.of("q", "有限公司", "province", "广东省", "city", "深圳市"), 0),
			// the deepest page the list serves (CountCap.CAP)
			new Case("no filter, page=499 (offset 9,980)", Map.of(), 499));

	/**
	 * What an account manager sees: only their own accounts (the access condition), here
	 * those of the demo manager with the most.
	 */
	private static final List<Case> MANAGER_CASES = List.of(new Case("manager: no filter", Map.of(), 0),
			new Case("manager: q=王", Map.of("q", "王"), 0), new Case("manager: q=科技", Map.of("q", "科技"), 0),
			new Case("manager: q=有限公司", Map.of("q", "有限公司"), 0),
			new Case("manager: q=logistics", Map.of("q", "logistics"), 0));

	private static final String MANAGER_PASSWORD = "bench-manager-password-123";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demoData;

	@Autowired
	PasswordEncoder passwordEncoder;

	record Case(String label, Map<String, String> filter, int page) {
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws SQLException {
		BenchDatabase.register(registry);
	}

	@Test
	void accountList() throws Exception {
		String load = loadIfEmpty();
		long started = System.nanoTime();
		jdbc.sql("vacuum analyze account").update();
		jdbc.sql("vacuum analyze contact").update();
		jdbc.sql("vacuum analyze account_search_doc").update();
		String vacuum = "VACUUM ANALYZE of account, contact and account_search_doc: %.0f s"
			.formatted((System.nanoTime() - started) / 1e9);

		HttpClient basicClient = HttpClient.newHttpClient();
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpClient sessionClient = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		BenchDatabase.signIn(sessionClient, base("/login"), "admin", ADMIN_PASSWORD);

		StringBuilder table = new StringBuilder("""
				| query | matches | API, Basic p50 / p95 / mean (ms) [n] | API, session p50 / p95 / mean (ms) [n] |
				|---|---:|---:|---:|
				""");
		for (Case c : selected(CASES)) {
			URI uri = uri(c);
			Latencies withBasic = measureApi(basicClient, uri, basic);
			Latencies withSession = measureApi(sessionClient, uri, null);
			long matches = countQuery(c).query(Long.class).single();
			table.append(
					"| %s | %,d | %s | %s |%n".formatted(c.label(), matches, format(withBasic), format(withSession)));
		}
		long manager = busiestManager();
		HttpClient managerClient = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		BenchDatabase.signIn(managerClient, base("/login"), managerName(manager), MANAGER_PASSWORD);
		for (Case c : selected(MANAGER_CASES)) {
			Latencies withSession = measureApi(managerClient, uri(c), null);
			Map<String, String> owned = new LinkedHashMap<>(c.filter());
			owned.put("owner_id", Long.toString(manager));
			long matches = countQuery(new Case(c.label(), owned, 0)).query(Long.class).single();
			table.append("| %s | %,d | — | %s |%n".formatted(c.label(), matches, format(withSession)));
		}

		String report = "# Account list benchmark\n\n" + machine() + "\n\n" + load + "\n\n" + vacuum + "\n\n"
				+ ("Warm-up %d, then up to %d requests per query and way (n: how many were measured within the %d s"
						+ " budget), one at a time; API times are round trips on loopback.%n%n")
					.formatted(WARM_UP, REQUESTS, BUDGET_NANOS / 1_000_000_000L)
				+ table;
		System.out.println(report);
		Path dir = Path.of("target", "benchmarks");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("account-list.md"), report);
	}

	private String loadIfEmpty() {
		long existing = jdbc.sql("select count(*) from account").query(Long.class).single();
		if (existing > 0) {
			return "Load skipped: the database already holds %,d accounts.".formatted(existing);
		}
		LoadReport report = demoData.load(BenchDatabase.ACCOUNTS, BenchDatabase.SEED, false);
		return "Loaded %,d accounts and %,d contacts in %.0f s: %,.0f accounts/s, %,.0f rows/s.".formatted(
				report.accounts(), report.contacts(), report.elapsed().toMillis() / 1000.0, report.accountsPerSecond(),
				report.rowsPerSecond());
	}

	/**
	 * The demo manager who owns the most accounts, given a password the benchmark knows.
	 */
	private long busiestManager() {
		long id = jdbc.sql("""
				select owner_id from account where owner_id is not null and deleted_at is null
				group by owner_id order by count(*) desc, owner_id limit 1""").query(Long.class).single();
		jdbc.sql("update app_user set password_hash = :hash where id = :id")
			.param("hash", passwordEncoder.encode(MANAGER_PASSWORD))
			.param("id", id)
			.update();
		return id;
	}

	private String managerName(long id) {
		return jdbc.sql("select username from app_user where id = :id").param("id", id).query(String.class).single();
	}

	private Latencies measureApi(HttpClient client, URI uri, String authorization) throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri).header("Accept", "application/json");
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		HttpRequest request = builder.build();
		return measure(() -> {
			HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
		});
	}

	interface Run {

		void run() throws Exception;

	}

	/**
	 * Warm-up, then the measured runs, one after the other. A query that takes seconds
	 * would keep the benchmark going for hours, so the warm-up stops at a quarter of the
	 * budget and the measurement at the budget, though not before 10 measured runs.
	 */
	private static Latencies measure(Run run) throws Exception {
		long started = System.nanoTime();
		for (int i = 0; i < WARM_UP && System.nanoTime() - started < BUDGET_NANOS / 4; i++) {
			run.run();
		}
		List<Long> nanos = new ArrayList<>(REQUESTS);
		started = System.nanoTime();
		while (nanos.size() < REQUESTS && (nanos.size() < 10 || System.nanoTime() - started < BUDGET_NANOS)) {
			long t0 = System.nanoTime();
			run.run();
			nanos.add(System.nanoTime() - t0);
		}
		return Latencies.of(nanos);
	}

	private URI uri(Case c) {
		StringBuilder query = new StringBuilder("/api/v1/accounts?page=" + c.page());
		c.filter()
			.forEach((name, value) -> query.append('&').append(name).append('=').append(BenchDatabase.encode(value)));
		return base(query.toString());
	}

	private URI base(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/**
	 * Counts every match exactly, without the application's cap: the size of the task.
	 */
	private JdbcClient.StatementSpec countQuery(Case c) {
		return jdbc.sql("select count(*) from account a" + where(c)).params(params(c));
	}

	private static String where(Case c) {
		StringBuilder where = new StringBuilder(WHERE_LIVE);
		c.filter()
			.keySet()
			.stream()
			.sorted()
			.filter(name -> !name.equals("sort"))
			.forEach(name -> where.append(" and ").append(condition(name)));
		return where.toString();
	}

	private static String condition(String name) {
		return switch (name) {
			case "q" -> KEYWORD;
			case "owner_id" -> "a.owner_id = cast(:owner_id as bigint)";
			default -> "a." + name + " = :" + name;
		};
	}

	private static Map<String, Object> params(Case c) {
		Map<String, Object> params = new LinkedHashMap<>();
		c.filter().forEach((name, value) -> {
			if (name.equals("sort")) {
				return;
			}
			if (name.equals("q")) {
				params.put("q", "%" + value.toLowerCase(Locale.ROOT) + "%");
				params.put("qUpper", "%" + value.toUpperCase(Locale.ROOT) + "%");
			}
			else {
				params.put(name, value);
			}
		});
		return params;
	}

	private String machine() {
		String postgres = jdbc.sql("select version()").query(String.class).single();
		long accounts = jdbc.sql("select count(*) from account").query(Long.class).single();
		long contacts = jdbc.sql("select count(*) from contact").query(Long.class).single();
		String planCacheMode = jdbc.sql("show plan_cache_mode").query(String.class).single();
		return "Machine: %d cores, Java %s; %s.%n%nData: %,d accounts, %,d contacts. plan_cache_mode of the pool: %s."
			.formatted(Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), postgres,
					accounts, contacts, planCacheMode);
	}

	private static String format(Latencies latencies) {
		return "%.1f / %.1f / %.1f [%d]".formatted(latencies.p50(), latencies.p95(), latencies.mean(), latencies.n());
	}

	/**
	 * The cases whose label contains {@code KAM_BENCH_ONLY} (all when unset), to measure
	 * a few again without the rest.
	 */
	private static List<Case> selected(List<Case> cases) {
		String only = BenchDatabase.env("KAM_BENCH_ONLY", "");
		return cases.stream().filter(c -> c.label().contains(only)).toList();
	}

}
