package org.kam.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.contract.Files;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a fuzzer sent and KAM stored or answered with 500: control characters and
 * direction overrides in names, impossible dates, duplicate JSON keys, unreadable
 * multipart bodies, {@code /error} opened directly. Each is a 400 problem+json naming the
 * field; nothing is stored. Runs on H2 and on PostgreSQL.
 */
@BothDatabases
class BadInputApiTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	TestUsers users;

	TestUsers.User manager;

	String marker;

	@BeforeEach
	void setUp() {
		users = new TestUsers(new Api(port));
		manager = users.create("ACCOUNT_MANAGER");
		marker = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	long account(String name) {
		Api.Response created = manager.api().post("/api/v1/accounts", Map.of("name", name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	static void assertFieldProblem(Api.Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		List<String> fields = new ArrayList<>();
		response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).as(response.toString()).contains(field);
	}

	long accountsNamed(String text) {
		return manager.api()
			.get("/api/v1/accounts?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8))
			.json()
			.get("total")
			.asLong();
	}

	// --- text ---

	@Test
	void aNameOfOnlyNulIsRefusedNotStoredEmpty() {
		Api.Response refused = manager.api().send("POST", "/api/v1/accounts", "{\"name\":\"\\u0000\"}");

		assertFieldProblem(refused, "name");
	}

	@Test
	void nulInsideANameIsRefused() {
		Api.Response refused = manager.api()
			.send("POST", "/api/v1/accounts", "{\"name\":\"Nul\\u0000Ltd " + marker + "\"}");

		assertFieldProblem(refused, "name");
		assertThat(accountsNamed(marker)).isZero();
	}

	@Test
	void controlCharactersAndOverridesAreRefusedInAnyStringField() {
		long id = account("Fields " + marker);

		assertFieldProblem(manager.api()
			.send("POST", "/api/v1/accounts/" + id + "/contacts", "{\"name\":\"Li \\u202eiL\",\"title\":\"CEO\"}"),
				"name");
		assertFieldProblem(manager.api()
			.send("POST", "/api/v1/accounts/" + id + "/contacts", "{\"name\":\"Li\",\"notes\":\"bell \\u0007\"}"),
				"notes");
		assertFieldProblem(manager.api()
			.send("POST", "/api/v1/accounts/" + id + "/contracts",
					"{\"number\":\"HT-1\",\"title\":\"Deal\",\"parties\":\"A\\u0000\"}"),
				"parties");
		assertThat(manager.api().get("/api/v1/accounts/" + id + "/contacts").json().get("total").asLong()).isZero();
	}

	@Test
	void aNameThatIsOnlySpaceFailsNotBlank() {
		assertFieldProblem(manager.api().post("/api/v1/accounts", Map.of("name", " \u3000 ")), "name");
	}

	@Test
	void textIsTrimmedAndStoredInNfcWithLineBreaksKept() {
		Api.Response created = manager.api()
			.post("/api/v1/accounts", Map.of("name", "  Cafe\u0301 " + marker + "  ", "notes", "one\r\ntwo\n\tthree"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("name").asString()).isEqualTo("Caf\u00e9 " + marker);
		assertThat(created.json().get("notes").asString()).isEqualTo("one\ntwo\n\tthree");
	}

	@Test
	void aQueryParameterWithAControlCharacterIsRefusedByName() {
		Api.Response refused = manager.api().get("/api/v1/accounts?q=a%00b");

		assertFieldProblem(refused, "q");
	}

	@Test
	void duplicateJsonKeysAreRefused() {
		Api.Response refused = manager.api()
			.send("POST", "/api/v1/accounts", "{\"name\":\"First " + marker + "\",\"name\":\"Second " + marker + "\"}");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString()).contains("Duplicate").contains("name");
		assertThat(accountsNamed(marker)).isZero();
	}

	// --- dates ---

	@Test
	void birthdaysBeforeYearOneOrImplausibleAreRefused() {
		long id = account("Birthdays " + marker);
		for (String day : List.of("0000-01-01", "-0001-01-01", "1850-06-01", "2999-01-01")) {
			Api.Response refused = manager.api()
				.send("POST", "/api/v1/accounts/" + id + "/contacts",
						"{\"name\":\"Born " + day + "\",\"birthday\":\"" + day + "\"}");
			assertFieldProblem(refused, "birthday");
		}
		Api.Response plausible = manager.api()
			.send("POST", "/api/v1/accounts/" + id + "/contacts", "{\"name\":\"Born\",\"birthday\":\"1975-03-08\"}");
		assertThat(plausible.status()).as(plausible.toString()).isEqualTo(201);
		assertThat(manager.api().get("/api/v1/accounts/" + id + "/contacts").json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void timesInYearTenThousandOrBeforeYearOneAreRefused() {
		long id = account("Times " + marker);
		for (String time : List.of("+10000-01-01T00:00:00Z", "0000-06-01T00:00:00Z")) {
			Api.Response refused = manager.api()
				.send("POST", "/api/v1/accounts/" + id + "/communications",
						"{\"channel\":\"PHONE\",\"subject\":\"Call\",\"occurredAt\":\"" + time + "\"}");
			assertFieldProblem(refused, "occurredAt");
		}
		Api.Response dueFarAhead = manager.api()
			.send("POST", "/api/v1/accounts/" + id + "/communications",
					"{\"channel\":\"PHONE\",\"subject\":\"Call\",\"occurredAt\":\"2026-01-01T00:00:00Z\","
							+ "\"nextStep\":\"Visit\",\"nextStepDue\":\"+10000-01-01\"}");
		assertFieldProblem(dueFarAhead, "nextStepDue");
	}

	// --- uploads ---

	@Test
	void attachmentNamesWithNulOrADirectionOverrideAreRefused() {
		long id = account("Uploads " + marker);
		Api.Response contract = manager.api()
			.post("/api/v1/accounts/" + id + "/contracts", Map.of("number", "HT-" + marker, "title", "Files"));
		String attachments = "/api/v1/accounts/" + id + "/contracts/" + contract.id() + "/attachments";

		HttpResponse<byte[]> nul = Files.upload(port, attachments, manager.username(), TestUsers.PASSWORD,
				Files.multipart("file", "scan\u0000.pdf", "application/pdf", Files.PDF));
		assertThat(nul.statusCode()).as(new String(nul.body(), StandardCharsets.UTF_8)).isEqualTo(400);
		assertThat(nul.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

		HttpResponse<byte[]> override = Files.upload(port, attachments, manager.username(), TestUsers.PASSWORD,
				Files.multipart("file", "\u202egnp.exe", "image/png", Files.PNG));
		assertThat(override.statusCode()).isEqualTo(400);
		assertThat(new String(override.body(), StandardCharsets.UTF_8)).contains("\"field\":\"file\"");

		assertThat(manager.api().get(attachments).json().get("total").asLong()).isZero();

		HttpResponse<byte[]> spaced = Files.upload(port, attachments, manager.username(), TestUsers.PASSWORD,
				Files.multipart("file", "  scan.pdf ", "application/pdf", Files.PDF));
		assertThat(spaced.statusCode()).isEqualTo(201);
		assertThat(new String(spaced.body(), StandardCharsets.UTF_8)).contains("\"fileName\":\"scan.pdf\"");
	}

	@Test
	void aMultipartBodyWithoutBoundaryIsABadRequest() {
		HttpResponse<String> response = send("POST", "/api/v1/accounts", "multipart/form-data", "x",
				"application/json");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	// --- /error ---

	@Test
	void openingTheErrorAddressIsABadRequestNeverA500() {
		for (boolean signedIn : new boolean[] { true, false }) {
			HttpResponse<String> json = get("/error", "application/json", signedIn);
			assertThat(json.statusCode()).as(json.body()).isEqualTo(400);
			assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(json.body()).contains("\"status\":400");

			HttpResponse<String> html = get("/error", "text/html", signedIn);
			assertThat(html.statusCode()).isEqualTo(400);
			assertThat(html.body()).contains("<html").doesNotContain("Something went wrong on our side");
		}
	}

	HttpResponse<String> get(String path, String accept, boolean signedIn) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.GET();
		if (signedIn) {
			request.header("Authorization", basic());
		}
		return send(request);
	}

	HttpResponse<String> send(String method, String path, String contentType, String body, String accept) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.header("Content-Type", contentType)
			.header("Authorization", basic())
			.method(method, HttpRequest.BodyPublishers.ofString(body)));
	}

	String basic() {
		return "Basic " + Base64.getEncoder()
			.encodeToString((manager.username() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
