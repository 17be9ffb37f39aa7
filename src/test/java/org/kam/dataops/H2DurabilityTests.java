package org.kam.dataops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.kam.KamApplication;
import org.kam.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * An answered write survives {@code kill -9} on the default database (H2, file mode). The
 * application runs in a real child JVM on a file database in a temporary folder; a few
 * clients create accounts through the API while the JVM is killed without warning
 * (SIGKILL, no shutdown hook); after a restart on the same files every account that was
 * answered 201 must be there. Without {@code WRITE_DELAY=0} in the default URL, H2 keeps
 * the last half second of commits in memory and this test loses some of them.
 */
class H2DurabilityTests {

	private static final String PASSWORD = "durability-test-pw-1";

	private static final int WRITERS = 3;

	/** A stream of writes of a few seconds (and a few dozen writes), then the kill. */
	private static final Duration WRITING_BEFORE_KILL = Duration.ofSeconds(3);

	private static final int MIN_ANSWERED_BEFORE_KILL = 20;

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@TempDir
	Path dir;

	private Process running;

	@AfterEach
	void stop() {
		if (running != null) {
			running.destroyForcibly();
		}
	}

	@Test
	void everyAnsweredCreateSurvivesAKill() throws Exception {
		int port = freePort();
		running = start(port, "first");
		Api admin = new Api(port).as("admin", PASSWORD);

		Set<Long> answered = ConcurrentHashMap.newKeySet();
		AtomicBoolean killNow = new AtomicBoolean();
		AtomicBoolean killed = new AtomicBoolean();
		Process victim = running;
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			writers.submit(() -> {
				for (int n = 0; !killed.get(); n++) {
					try {
						Api.Response created = admin.post("/api/v1/accounts",
								Map.of("name", "Durability " + writer + "-" + n));
						if (created.status() == 201) {
							answered.add(created.id());
							// the kill lands right after an answer, the other writers
							// mid-request: the moment a delayed commit is lost
							if (killNow.get() && killed.compareAndSet(false, true)) {
								victim.destroyForcibly();
							}
						}
					}
					catch (RuntimeException connectionLost) {
						// the kill cut this request: it was never answered
					}
				}
			});
		}
		try {
			Instant writing = Instant.now();
			while (answered.size() < MIN_ANSWERED_BEFORE_KILL
					|| Duration.between(writing, Instant.now()).compareTo(WRITING_BEFORE_KILL) < 0) {
				assertThat(Duration.between(writing, Instant.now())).as("writes answered: %d", answered.size())
					.isLessThan(START_TIMEOUT);
				Thread.sleep(50);
			}
			killNow.set(true);
			Instant deadline = Instant.now().plusSeconds(30);
			while (!killed.get() && Instant.now().isBefore(deadline)) {
				Thread.sleep(10);
			}
			assertThat(killed).as("killed right after an answer").isTrue();
			writers.shutdown();
			assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
			assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			killed.set(true);
			writers.shutdownNow();
		}

		running = start(port, "second");
		Set<Long> missing = new TreeSet<>(answered);
		missing.removeAll(storedAccountIds(admin));
		assertThat(missing).as("of %d creates answered 201, lost after kill -9", answered.size()).isEmpty();
	}

	/** Every account id the restarted application lists, page by page. */
	private static Set<Long> storedAccountIds(Api admin) {
		Set<Long> ids = new HashSet<>();
		for (int page = 0;; page++) {
			Api.Response list = admin.get("/api/v1/accounts?size=200&page=" + page);
			assertThat(list.status()).as(list.toString()).isEqualTo(200);
			JsonNode items = list.json().get("items");
			items.forEach(item -> ids.add(item.get("id").asLong()));
			if (items.size() < 200) {
				return ids;
			}
		}
	}

	/**
	 * The application with its defaults, as {@code java -jar kam.jar} runs it, except for
	 * the data folder and the port; the test classes stay off its class path.
	 */
	private Process start(int port, String run) throws IOException, InterruptedException {
		String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-Xmx512m", "-cp", classPath,
				KamApplication.class.getName(), "--server.port=" + port, "--kam.data-dir=" + dir.resolve("data")));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve(run + ".log").toFile());
		builder.environment().put("KAM_ADMIN_PASSWORD", PASSWORD);
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		Process process = builder.start();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application stopped:\n" + log(run));
			}
			if (healthy(port)) {
				return process;
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new IllegalStateException("the application did not start in " + START_TIMEOUT + ":\n" + log(run));
	}

	private String log(String run) throws IOException {
		List<String> lines = Files.readAllLines(dir.resolve(run + ".log"));
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static boolean healthy(int port) throws InterruptedException {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
				.timeout(Duration.ofSeconds(2))
				.build();
			return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException notYet) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
