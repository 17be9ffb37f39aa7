package org.kam.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the platform around the API exposes, and to whom: actuator, API docs, errors,
 * CSRF.
 */
@H2Test
class PlatformAccessTests {

	@LocalServerPort
	int port;

	Api api;

	TestUsers users;

	String marker;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		users = new TestUsers(api);
		marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Test
	void healthIsPublic() {
		Api.Response health = api.anonymous().get("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
		assertThat(health.json().has("components")).as("details are for admins only").isFalse();
	}

	@Test
	void healthDetailsAreForAdmins() {
		assertThat(users.create("ANALYST").api().get("/actuator/health").json().has("components")).isFalse();
		assertThat(users.admin().get("/actuator/health").json().has("components")).isTrue();
	}

	@Test
	void otherActuatorEndpointsAreForAdminsOnly() {
		Api analyst = users.create("ANALYST").api();
		for (String path : List.of("/actuator/metrics", "/actuator/info", "/actuator/flyway")) {
			assertThat(api.anonymous().get(path).status()).as("anonymous " + path).isEqualTo(401);
			assertThat(analyst.get(path).status()).as("analyst " + path).isEqualTo(403);
			assertThat(users.admin().get(path).status()).as("admin " + path).isEqualTo(200);
		}
		assertThat(users.admin().get("/actuator/metrics").json().get("names").toString()).contains("jvm.memory.used");
	}

	@Test
	void apiDocsNeedASignedInUserAndListTheApi() {
		Api.Response anonymous = api.anonymous().get("/v3/api-docs");
		assertThat(anonymous.status()).isEqualTo(401);

		Api.Response docs = users.create("COLLECTOR").api().get("/v3/api-docs");

		assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
		JsonNode paths = docs.json().get("paths");
		assertThat(paths.has("/api/v1/accounts")).as(paths.propertyNames().toString()).isTrue();
		assertThat(paths.has("/api/v1/accounts/{accountId}/contacts")).isTrue();
		assertThat(paths.has("/api/v1/accounts/{accountId}/contacts/{id}")).isTrue();
		assertThat(paths.has("/api/v1/users")).isTrue();
		assertThat(paths.has("/api/v1/me")).isTrue();
		assertThat(paths.propertyNames()).allMatch(path -> path.startsWith("/api/"));
	}

	@Test
	void anUnknownApiPathIsANotFoundProblem() {
		Api.Response missing = users.create("ANALYST").api().get("/api/v1/nope");

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(missing.json().get("status").asInt()).isEqualTo(404);
	}

	@Test
	void anUnknownApiPathIsUnauthorizedForAnonymousCallers() {
		assertThat(api.anonymous().get("/api/v1/nope").status()).isEqualTo(401);
	}

	@Test
	void aBrowserSessionMustSendTheCsrfToken() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		Browser browser = new Browser();
		browser.signIn(manager.username(), TestUsers.PASSWORD);
		assertThat(browser.send("GET", "/api/v1/me", null).statusCode()).as("the session is signed in").isEqualTo(200);

		HttpResponse<String> refused = browser.send("POST", "/api/v1/accounts", "{\"name\":\"Forged " + marker + "\"}");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(manager.api().get("/api/v1/accounts?q=" + marker).json().get("total").asLong()).isZero();

		Api.Response basic = manager.api().post("/api/v1/accounts", Map.of("name", "Basic " + marker));
		assertThat(basic.status()).as(basic.toString()).isEqualTo(201);
		assertThat(manager.api().get("/api/v1/accounts?q=" + marker).json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void aBrowserSessionWithTheCsrfTokenMayWrite() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		Browser browser = new Browser();
		browser.signIn(manager.username(), TestUsers.PASSWORD);

		HttpResponse<String> created = browser.sendWithCsrf("POST", "/api/v1/accounts",
				"{\"name\":\"Session " + marker + "\"}");

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	@Test
	void everyApiEndpointIsUnauthorizedForAnonymousCallers() {
		Matrix matrix = matrix();

		assertThat(notAnswering401(matrix.all())).isEmpty();
		matrix.assertNothingChanged();
	}

	@Test
	void everyApiReadIsUnauthorizedForAnonymousCallers() {
		Matrix matrix = matrix();

		assertThat(notAnswering401(matrix.reads())).isEmpty();
	}

	@Test
	void anonymousWritesAreRefusedAndChangeNothing() {
		Matrix matrix = matrix();

		for (Object[] row : matrix.writes()) {
			Api.Response response = api.anonymous().send((String) row[0], (String) row[1], row[2]);
			assertThat(response.status()).as(row[0] + " " + row[1]).isEqualTo(401);
			assertThat(response.contentType()).as(row[0] + " " + row[1]).startsWith("application/problem+json");
		}
		matrix.assertNothingChanged();
	}

	private Matrix matrix() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		long account = manager.api().post("/api/v1/accounts", Map.of("name", "Matrix " + marker)).id();
		long contact = manager.api()
			.post("/api/v1/accounts/" + account + "/contacts", Map.of("name", "Someone " + marker))
			.id();
		return new Matrix(manager, account, contact);
	}

	private List<String> notAnswering401(List<Object[]> rows) {
		return rows.stream().map(row -> {
			Api.Response response = api.anonymous().send((String) row[0], (String) row[1], row[2]);
			boolean ok = response.status() == 401 && response.contentType() != null
					&& response.contentType().startsWith("application/problem+json");
			return ok ? null : row[0] + " " + row[1] + " -> " + response.status();
		}).filter(Objects::nonNull).toList();
	}

	/**
	 * Every API endpoint, as {method, path, body}, on an account and contact made for the
	 * test.
	 */
	final class Matrix {

		final TestUsers.User manager;

		final String account;

		final String contacts;

		final String contact;

		final String user;

		final Map<String, Object> body = Map.of("name", "Anonymous " + marker, "version", 0);

		final Map<String, Object> userBody;

		Matrix(TestUsers.User manager, long account, long contact) {
			this.manager = manager;
			this.account = "/api/v1/accounts/" + account;
			this.contacts = this.account + "/contacts";
			this.contact = contacts + "/" + contact;
			this.user = "/api/v1/users/" + manager.id();
			this.userBody = Map.of("username", manager.username(), "password", "a-long-password-1", "displayName",
					"Anon", "roles", List.of("ADMIN"));
		}

		List<Object[]> reads() {
			return List.of(new Object[] { "GET", "/api/v1/accounts", null }, new Object[] { "GET", account, null },
					new Object[] { "GET", contacts, null }, new Object[] { "GET", contact, null },
					new Object[] { "GET", "/api/v1/users", null }, new Object[] { "GET", user, null },
					new Object[] { "GET", "/api/v1/me", null });
		}

		List<Object[]> writes() {
			return List.of(new Object[] { "POST", "/api/v1/accounts", body }, new Object[] { "PUT", account, body },
					new Object[] { "POST", contacts, body }, new Object[] { "PUT", contact, body },
					new Object[] { "DELETE", contact, null },
					new Object[] { "POST", "/api/v1/users", Map.of("username", "anon" + marker, "password",
							"a-long-password-1", "displayName", "Anon", "roles", List.of("ADMIN")) },
					new Object[] { "PUT", user, userBody });
		}

		List<Object[]> all() {
			List<Object[]> all = new ArrayList<>(reads());
			all.addAll(writes());
			return all;
		}

		void assertNothingChanged() {
			assertThat(manager.api().get(account).json().get("name").asString()).isEqualTo("Matrix " + marker);
			assertThat(manager.api().get(account).version()).isZero();
			assertThat(manager.api().get(contact).json().get("name").asString()).isEqualTo("Someone " + marker);
			assertThat(manager.api().get("/api/v1/accounts?q=" + marker).json().get("total").asLong()).isEqualTo(1);
			assertThat(manager.api().get(contacts).json().get("total").asLong()).isEqualTo(1);
			JsonNode me = manager.api().get("/api/v1/me").json();
			assertThat(me.get("roles").toString()).isEqualTo("[\"ACCOUNT_MANAGER\"]");
			assertThat(api.as("anon" + marker, "a-long-password-1").get("/api/v1/me").status()).isEqualTo(401);
			assertThat(api.as(manager.username(), "a-long-password-1").get("/api/v1/me").status()).isEqualTo(401);
		}

	}

	/**
	 * A browser: keeps its session cookie, follows no redirects, sends no Authorization
	 * header.
	 */
	final class Browser {

		private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

		private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		private String session;

		private String csrf;

		void signIn(String username, String password) {
			HttpResponse<String> page = send("GET", "/login", null, "text/html", null);
			assertThat(page.statusCode()).isEqualTo(200);
			Matcher token = CSRF_INPUT.matcher(page.body());
			assertThat(token.find()).as(page.body()).isTrue();
			String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
					+ encode(token.group(1));
			HttpResponse<String> login = send("POST", "/login", form, "text/html", "application/x-www-form-urlencoded");
			assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
			assertThat(login.headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
			HttpResponse<String> home = send("GET", "/login", null, "text/html", null);
			Matcher fresh = CSRF_INPUT.matcher(home.body());
			csrf = fresh.find() ? fresh.group(1) : null;
		}

		HttpResponse<String> send(String method, String path, String json) {
			return send(method, path, json, "application/json", json == null ? null : "application/json");
		}

		HttpResponse<String> sendWithCsrf(String method, String path, String json) {
			assertThat(csrf).isNotNull();
			return send(method, path + (path.contains("?") ? "&" : "?") + "_csrf=" + encode(csrf), json,
					"application/json", "application/json", "X-CSRF-TOKEN", csrf);
		}

		private HttpResponse<String> send(String method, String path, String body, String accept, String contentType,
				String... headers) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", accept)
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
			if (contentType != null) {
				request.header("Content-Type", contentType);
			}
			if (session != null) {
				request.header("Cookie", "JSESSIONID=" + session);
			}
			if (headers.length > 0) {
				request.headers(headers);
			}
			try {
				HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				response.headers()
					.allValues("Set-Cookie")
					.stream()
					.filter(cookie -> cookie.startsWith("JSESSIONID="))
					.findFirst()
					.ifPresent(cookie -> session = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')));
				return response;
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}

		private static String encode(String text) {
			return URLEncoder.encode(text, StandardCharsets.UTF_8);
		}

	}

}
