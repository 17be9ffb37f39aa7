package org.kam.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disabling a user, changing their roles or resetting their password ends every session
 * they have open, on its next request, for pages and for the API.
 */
@BothDatabases
class SessionRevocationTests {

	@LocalServerPort
	int port;

	TestUsers users;

	TestUsers.User manager;

	long foreignAccount;

	@BeforeEach
	void setUp() {
		users = new TestUsers(new Api(port));
		manager = users.create("MANAGER");
		TestUsers.User owner = users.create("ACCOUNT_MANAGER");
		Map<String, Object> account = new HashMap<>();
		account.put("name", "Revocation Ltd " + System.nanoTime());
		account.put("industry", "信息技术");
		account.put("province", "广东");
		account.put("city", "深圳");
		account.put("status", "COOPERATING");
		account.put("urgency", "URGENT");
		account.put("tier", "A");
		account.put("sizeBand", "LARGE");
		Api.Response created = owner.api().post("/api/v1/accounts", account);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		foreignAccount = created.id();
	}

	@Test
	void aManagerDemotedToCollectorIsSignedOutAndThenCannotReadTheForeignAccount() {
		SessionBrowser session = signedInManager();
		assertThat(session.get(accountPage()).status()).as("a manager reads every account").isEqualTo(200);
		assertThat(apiGet(session, accountApi()).status()).isEqualTo(200);

		change(Map.of("roles", List.of("COLLECTOR")));

		assertSignedOut(session, accountPage());
		SessionBrowser again = new SessionBrowser(port).signIn(manager.username(), TestUsers.PASSWORD);
		assertThat(again.get(accountPage()).status()).as("a collector does not read a foreign account").isIn(403, 404);
		assertThat(apiGet(again, accountApi()).status()).isIn(403, 404);
		assertThat(manager.api().get(accountApi()).status()).as("Basic auth").isIn(403, 404);
	}

	@Test
	void aDisabledUserLosesEveryOpenSessionAndTheApi() {
		SessionBrowser first = signedInManager();
		SessionBrowser second = signedInManager();
		assertThat(apiGet(second, accountApi()).status()).isEqualTo(200);

		change(Map.of("enabled", false));

		assertSignedOut(first, accountPage());
		SessionBrowser.Page api = apiGet(second, accountApi());
		assertThat(api.status()).as(api.toString()).isEqualTo(401);
		assertThat(api.header("Content-Type")).startsWith("application/problem+json");
		assertThat(apiGet(second, "/api/v1/me").status()).as("the session stays ended").isEqualTo(401);
		assertThat(manager.api().get("/api/v1/me").status()).as("Basic auth").isEqualTo(401);
	}

	@Test
	void aPasswordResetEndsTheSessionAndTheNewPasswordSignsIn() {
		SessionBrowser session = signedInManager();

		change(Map.of("password", "a-new-password-after-reset"));

		SessionBrowser.Page api = apiGet(session, "/api/v1/me");
		assertThat(api.status()).as(api.toString()).isEqualTo(401);
		assertSignedOut(session, "/");
		assertThat(manager.api().get("/api/v1/me").status()).as("Basic auth with the old password").isEqualTo(401);
		SessionBrowser again = new SessionBrowser(port).signIn(manager.username(), "a-new-password-after-reset");
		assertThat(again.get(accountPage()).status()).isEqualTo(200);
	}

	@Test
	void aChangeOfTheNameOnlyKeepsTheSession() {
		SessionBrowser session = signedInManager();

		change(Map.of("displayName", "Renamed " + manager.username()));

		assertThat(session.get(accountPage()).status()).isEqualTo(200);
		assertThat(apiGet(session, "/api/v1/me").status()).isEqualTo(200);
	}

	private SessionBrowser signedInManager() {
		SessionBrowser session = new SessionBrowser(port).signIn(manager.username(), TestUsers.PASSWORD);
		assertThat(session.get(accountPage()).status()).isEqualTo(200);
		return session;
	}

	/** The admin changes the manager through the API: the given fields, the rest kept. */
	private void change(Map<String, Object> changes) {
		JsonNode stored = users.admin().get("/api/v1/users/" + manager.id()).json();
		Map<String, Object> body = new HashMap<>();
		body.put("username", manager.username());
		body.put("displayName", stored.get("displayName").asString());
		body.put("roles", stored.get("roles"));
		body.put("enabled", true);
		body.put("version", stored.get("version").asLong());
		body.putAll(changes);
		Api.Response updated = users.admin().put("/api/v1/users/" + manager.id(), body);
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
	}

	private void assertSignedOut(SessionBrowser session, String page) {
		SessionBrowser.Page refused = session.get(page);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(302);
		assertThat(refused.location()).isEqualTo("/login");
		assertThat(session.get(page).status()).as("still signed out").isEqualTo(302);
	}

	private static SessionBrowser.Page apiGet(SessionBrowser session, String path) {
		return session.send("GET", path, null, "Accept", "application/json");
	}

	private String accountPage() {
		return "/accounts/" + foreignAccount;
	}

	private String accountApi() {
		return "/api/v1/accounts/" + foreignAccount;
	}

}
