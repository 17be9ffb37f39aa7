package org.kam.dataops;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.kam.dataops.BenchDatabase.Latencies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads per second of a mix of pages under concurrent load (issue #10: the account page
 * under load): several clients, each signed in through the form, asking for the account
 * list, a keyword search and an account's page, for a fixed time. Reports throughput,
 * latencies per kind of read and the heap; asserts no timings. Not part of the build:
 * {@code ./mvnw -Pbenchmark test -Dtest=AccountPageBenchmark}, see docs/benchmarks.md. It
 * shares the database (and its properties) with {@link AccountListBenchmark}; the first
 * run loads it.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kam.admin-password=" + AccountPageBenchmark.ADMIN_PASSWORD, "kam.demo.accounts=0",
				// see AccountListBenchmark: the database outlives versions of the
				// application
				"spring.flyway.out-of-order=true",
				// as in application-postgres.yml: custom plans, so that keyword search
				// keeps its trigram indexes
				"spring.datasource.hikari.data-source-properties.options=-c plan_cache_mode=force_custom_plan" })
class AccountPageBenchmark {

	static final String ADMIN_PASSWORD = "bench-password-123";

	private static final int CLIENTS = Integer.parseInt(BenchDatabase.env("KAM_BENCH_MIX_CLIENTS", "8"));

	private static final int SECONDS = Integer.parseInt(BenchDatabase.env("KAM_BENCH_MIX_SECONDS", "60"));

	private static final int WARM_UP_SECONDS = Integer
		.parseInt(BenchDatabase.env("KAM_BENCH_MIX_WARMUP_SECONDS", "15"));

	/** How many live accounts the account pages are drawn from. */
	private static final int SAMPLED_ACCOUNTS = 5_000;

	private static final List<String> LISTS = List.of("/accounts", "/accounts?status=COOPERATING",
			"/accounts?status=INTENDED&sort=updatedAt,desc", "/accounts?province=" + BenchDatabase.encode("广东省"),
			"/accounts?tier=A", "/accounts?page=3");

	private static final List<String> KEYWORDS = List.of("科技", "王", "华信科技", "logistics");

	enum Kind {

		LIST("account list"), SEARCH("keyword search"), ACCOUNT("account page");

		final String label;

		Kind(String label) {
			this.label = label;
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demoData;

	record Read(Kind kind, long nanos) {
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws SQLException {
		BenchDatabase.register(registry);
	}

	@Test
	void mixUnderLoad() throws Exception {
		String load = loadIfEmpty();
		List<Long> ids = jdbc.sql("""
				select id from account where deleted_at is null
				order by md5(id::text) limit :n""").param("n", SAMPLED_ACCOUNTS).query(Long.class).list();
		assertThat(ids).as("live accounts to open").isNotEmpty();

		List<HttpClient> clients = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			HttpClient client = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			BenchDatabase.signIn(client, base("/login"), "admin", ADMIN_PASSWORD);
			clients.add(client);
		}

		run(clients, ids, WARM_UP_SECONDS);
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long started = System.nanoTime();
		List<Read> reads = run(clients, ids, SECONDS);
		double elapsed = (System.nanoTime() - started) / 1e9;
		double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		long peakHeap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
		System.gc();
		long heapAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		long heapMax = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();

		StringBuilder table = new StringBuilder("""
				| read | n | p50 (ms) | p95 (ms) | mean (ms) |
				|---|---:|---:|---:|---:|
				""");
		Map<Kind, List<Long>> byKind = new EnumMap<>(Kind.class);
		reads.forEach(read -> byKind.computeIfAbsent(read.kind(), k -> new ArrayList<>()).add(read.nanos()));
		for (Kind kind : Kind.values()) {
			Latencies l = Latencies.of(byKind.getOrDefault(kind, List.of()));
			table
				.append("| %s | %,d | %.1f | %.1f | %.1f |%n".formatted(kind.label, l.n(), l.p50(), l.p95(), l.mean()));
		}
		String report = "# Account page under load\n\n" + machine() + "\n\n" + load + "\n\n"
				+ ("%d clients, each signed in through the login form, for %d s after a %d s warm-up; each read"
						+ " drawn at random: 30%% account list (%d URLs, with and without filters), 30%% keyword"
						+ " search (%s), 40%% account page of one of %,d live accounts; round trips on loopback,"
						+ " server and clients in one JVM.%n%n")
					.formatted(CLIENTS, SECONDS, WARM_UP_SECONDS, LISTS.size(), String.join(", ", KEYWORDS), ids.size())
				+ "**%,.0f reads/s** (%,d reads in %.1f s).%n%n".formatted(reads.size() / elapsed, reads.size(),
						elapsed)
				+ table + "\n"
				+ "Heap: peak used during the measurement %,d MB; used after System.gc() at the end %,d MB; max %,d MB.%n"
					.formatted(peakHeap >> 20, heapAfterGc >> 20, heapMax >> 20);
		System.out.println(report);
		Path dir = Path.of("target", "benchmarks");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("account-page.md"), report);
	}

	/** Every client reads in a loop of its own until the time is up. */
	private List<Read> run(List<HttpClient> clients, List<Long> ids, int seconds) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(clients.size());
		try {
			List<Future<List<Read>>> futures = new ArrayList<>();
			for (HttpClient client : clients) {
				futures.add(pool.submit(() -> {
					List<Read> reads = new ArrayList<>();
					while (System.nanoTime() < end) {
						reads.add(read(client, ids));
					}
					return reads;
				}));
			}
			List<Read> all = new ArrayList<>();
			for (Future<List<Read>> future : futures) {
				all.addAll(future.get());
			}
			return all;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Read read(HttpClient client, List<Long> ids) throws IOException, InterruptedException {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int draw = random.nextInt(10);
		Kind kind = draw < 3 ? Kind.LIST : draw < 6 ? Kind.SEARCH : Kind.ACCOUNT;
		String path = switch (kind) {
			case LIST -> LISTS.get(random.nextInt(LISTS.size()));
			case SEARCH -> "/accounts?q=" + BenchDatabase.encode(KEYWORDS.get(random.nextInt(KEYWORDS.size())));
			case ACCOUNT -> "/accounts/" + ids.get(random.nextInt(ids.size()));
		};
		long t0 = System.nanoTime();
		HttpResponse<byte[]> response = client.send(
				HttpRequest.newBuilder(base(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		long nanos = System.nanoTime() - t0;
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return new Read(kind, nanos);
	}

	private String loadIfEmpty() {
		long existing = jdbc.sql("select count(*) from account").query(Long.class).single();
		if (existing > 0) {
			return "Load skipped: the database already holds %,d accounts.".formatted(existing);
		}
		LoadReport report = demoData.load(BenchDatabase.ACCOUNTS, BenchDatabase.SEED, false);
		// fresh statistics, as autovacuum would have made them on a live system
		jdbc.sql("analyze").update();
		return "Loaded %,d accounts and %,d contacts in %.0f s: %,.0f accounts/s, %,.0f rows/s.".formatted(
				report.accounts(), report.contacts(), report.elapsed().toMillis() / 1000.0, report.accountsPerSecond(),
				report.rowsPerSecond());
	}

	private URI base(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private String machine() {
		String postgres = jdbc.sql("select version()").query(String.class).single();
		long accounts = jdbc.sql("select count(*) from account").query(Long.class).single();
		long contacts = jdbc.sql("select count(*) from contact").query(Long.class).single();
		return "Machine: %d cores, Java %s, -Xmx %,d MB; %s.%n%nData: %,d accounts, %,d contacts.".formatted(
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, postgres, accounts, contacts);
	}

}
