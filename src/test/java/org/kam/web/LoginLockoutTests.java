package org.kam.web;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing passwords through the login form locks the user; the login page says why a
 * sign-in failed.
 */
@H2Test
class LoginLockoutTests {

	/** kam.login.max-failures */
	private static final int MAX_FAILURES = 5;

	private static final String LOCKED = "Too many failed attempts: this user is locked for a while. "
			+ "Try again later or ask an administrator.";

	private static final String FAILED = "Wrong username or password.";

	private static final String DISABLED = "This user is disabled. Ask an administrator.";

	@LocalServerPort
	int port;

	Api api;

	TestUsers users;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		users = new TestUsers(api);
	}

	@Test
	void aWrongPasswordSendsBackToTheLoginPageWithTheFailedMessage() {
		TestUsers.User user = users.create("ANALYST");
		SessionBrowser browser = new SessionBrowser(port);

		SessionBrowser.Page login = browser.tryLogin(user.username(), "not-the-password");

		assertThat(login.status()).isEqualTo(302);
		assertThat(login.location()).isEqualTo("/login?error");
		SessionBrowser.Page page = browser.get(login.location());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains(FAILED).doesNotContain(LOCKED);
		assertThat(browser.get("/").status()).as("still signed out").isEqualTo(302);
	}

	@Test
	void anUnknownUserGetsTheSameMessageAsAWrongPassword() {
		SessionBrowser browser = new SessionBrowser(port);

		SessionBrowser.Page login = browser.tryLogin("nobody-" + System.nanoTime(), "not-the-password");

		assertThat(login.location()).isEqualTo("/login?error");
	}

	@Test
	void fiveWrongPasswordsLockTheUserEvenAgainstTheRightPassword() {
		TestUsers.User user = users.create("ANALYST");
		SessionBrowser browser = new SessionBrowser(port);

		failTimes(browser, user, MAX_FAILURES);
		SessionBrowser.Page right = browser.tryLogin(user.username(), TestUsers.PASSWORD);

		assertThat(right.status()).isEqualTo(302);
		assertThat(right.location()).isEqualTo("/login?locked");
		SessionBrowser.Page page = browser.get(right.location());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains(LOCKED);
		assertThat(browser.get("/").status()).as("still signed out").isEqualTo(302);
		assertThat(user.api().get("/api/v1/me").status()).as("Basic auth of a locked user").isEqualTo(401);
	}

	@Test
	void fourWrongPasswordsDoNotLockAndASuccessForgetsThem() {
		TestUsers.User user = users.create("ANALYST");
		SessionBrowser browser = new SessionBrowser(port);

		failTimes(browser, user, MAX_FAILURES - 1);
		assertThat(user.api().get("/api/v1/me").status()).as("not locked yet").isEqualTo(200);
		failTimes(browser, user, MAX_FAILURES - 1);

		assertThat(user.api().get("/api/v1/me").status()).as("the success reset the count").isEqualTo(200);
		new SessionBrowser(port).signIn(user.username(), TestUsers.PASSWORD);
	}

	@Test
	void anAdminUpdateOfTheUserLiftsTheLock() {
		TestUsers.User user = users.create("ACCOUNT_MANAGER");
		failTimes(new SessionBrowser(port), user, MAX_FAILURES);
		assertThat(user.api().get("/api/v1/me").status()).as("locked").isEqualTo(401);

		JsonNode stored = users.admin().get("/api/v1/users/" + user.id()).json();
		Api.Response updated = users.admin()
			.put("/api/v1/users/" + user.id(),
					Map.of("username", user.username(), "displayName", stored.get("displayName").asString(), "roles",
							stored.get("roles"), "enabled", true, "version", stored.get("version").asLong()));

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(user.api().get("/api/v1/me").status()).as("Basic works again").isEqualTo(200);
		SessionBrowser browser = new SessionBrowser(port).signIn(user.username(), TestUsers.PASSWORD);
		assertThat(browser.get("/").status()).isEqualTo(200);
	}

	@Test
	void aDisabledUserIsToldSo() {
		TestUsers.User user = users.create("COLLECTOR");
		JsonNode stored = users.admin().get("/api/v1/users/" + user.id()).json();
		Api.Response disabled = users.admin()
			.put("/api/v1/users/" + user.id(), Map.of("username", user.username(), "displayName",
					stored.get("displayName").asString(), "roles", stored.get("roles"), "enabled", false));
		assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
		SessionBrowser browser = new SessionBrowser(port);

		SessionBrowser.Page login = browser.tryLogin(user.username(), TestUsers.PASSWORD);

		assertThat(login.status()).isEqualTo(302);
		assertThat(login.location()).isEqualTo("/login?disabled");
		assertThat(browser.get(login.location()).text()).contains(DISABLED);
		assertThat(browser.get("/").status()).as("still signed out").isEqualTo(302);
	}

	private void failTimes(SessionBrowser browser, TestUsers.User user, int times) {
		for (int i = 0; i < times; i++) {
			SessionBrowser.Page wrong = browser.tryLogin(user.username(), "wrong-password-" + i);
			assertThat(wrong.location()).as("attempt " + (i + 1)).isEqualTo("/login?error");
		}
	}

}
