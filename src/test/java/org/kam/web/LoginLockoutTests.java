package org.kam.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.LimitsUnderTest;
import org.kam.support.TestUsers;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing passwords through the login form (or HTTP Basic) is slowed down by client
 * address and by user, but nobody can lock the real user out; every failed sign-in gets
 * the same answer, and the log keeps the reason. Clients come from distinct addresses
 * through X-Forwarded-For, trusted from the local test client as behind a proxy on a
 * private address (server.forward-headers-strategy=native).
 */
@BothDatabases
@LimitsUnderTest
@ExtendWith(OutputCaptureExtension.class)
class LoginLockoutTests {

	/** kam.login.user-max-failures */
	private static final int USER_MAX_FAILURES = 5;

	/** kam.login.address-max-failures, as in application.yml */
	private static final int ADDRESS_MAX_FAILURES = 20;

	private static final String FAILED = "Wrong username or password, or too many attempts: "
			+ "try again in a few minutes or ask an administrator.";

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

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

		SessionBrowser.Page login = tryLogin(browser, newAddress(), user.username(), "not-the-password");

		assertThat(login.status()).isEqualTo(302);
		assertThat(login.location()).isEqualTo("/login?error");
		SessionBrowser.Page page = browser.get(login.location());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains(FAILED);
		assertThat(browser.get("/").status()).as("still signed out").isEqualTo(302);
	}

	@Test
	void anUnknownUserGetsTheSameMessageAsAWrongPassword() {
		SessionBrowser browser = new SessionBrowser(port);

		SessionBrowser.Page login = tryLogin(browser, newAddress(), "nobody-" + System.nanoTime(), "not-the-password");

		assertThat(login.location()).isEqualTo("/login?error");
	}

	@Test
	void everyFailedSignInGetsOneAnswerWhileTheLogKeepsTheReason(CapturedOutput log) {
		TestUsers.User wrong = users.create("ANALYST");
		TestUsers.User disabled = users.create("COLLECTOR");
		change(disabled, false);
		TestUsers.User throttled = users.create("ANALYST");
		String throttlingAddress = newAddress();
		failTimes(throttlingAddress, throttled, USER_MAX_FAILURES);
		TestUsers.User behindABlockedAddress = users.create("ANALYST");
		String blockedAddress = newAddress();
		failTimesAnyone(blockedAddress, ADDRESS_MAX_FAILURES);

		Map<String, String[]> attempts = Map.of("unknown user",
				new String[] { newAddress(), "nobody-" + System.nanoTime(), TestUsers.PASSWORD }, "wrong password",
				new String[] { newAddress(), wrong.username(), "not-the-password" }, "user disabled",
				new String[] { newAddress(), disabled.username(), TestUsers.PASSWORD }, "user throttled",
				new String[] { throttlingAddress, throttled.username(), TestUsers.PASSWORD }, "address throttled",
				new String[] { blockedAddress, behindABlockedAddress.username(), TestUsers.PASSWORD });

		String basicAnswer = null;
		for (Map.Entry<String, String[]> attempt : attempts.entrySet()) {
			String[] a = attempt.getValue();
			SessionBrowser browser = new SessionBrowser(port);
			SessionBrowser.Page login = tryLogin(browser, a[0], a[1], a[2]);
			assertThat(login.location()).as(attempt.getKey()).isEqualTo("/login?error");
			String page = browser.get(login.location()).text();
			assertThat(page).as(attempt.getKey()).contains(FAILED).doesNotContainIgnoringCase("disabled");
			assertThat(page).doesNotContain("locked").doesNotContain("停用").doesNotContain("锁定");
			assertThat(browser.get("/").status()).as("still signed out").isEqualTo(302);

			SessionBrowser.Page basic = basic(a[0], a[1], a[2]);
			assertThat(basic.status()).as(attempt.getKey()).isEqualTo(401);
			basicAnswer = basicAnswer == null ? basic.body() : basicAnswer;
			assertThat(basic.body()).as("the API's answer for " + attempt.getKey()).isEqualTo(basicAnswer);
			assertThat(log.getOut()).as("the log says why")
				.containsPattern("Sign-in refused for '" + a[1] + "' from " + a[0].replace(".", "\\.") + ": "
						+ attempt.getKey());
		}
	}

	@Test
	void fiveWrongPasswordsThrottleTheUserFromThatAddressButNotFromACleanOne() {
		TestUsers.User user = users.create("ANALYST");
		String attacker = newAddress();

		failTimes(attacker, user, USER_MAX_FAILURES);
		SessionBrowser browser = new SessionBrowser(port);
		SessionBrowser.Page right = tryLogin(browser, attacker, user.username(), TestUsers.PASSWORD);

		assertThat(right.status()).isEqualTo(302);
		assertThat(right.location()).as("even the right password, from that address").isEqualTo("/login?error");
		assertThat(browser.get(right.location()).text()).contains(FAILED);
		assertThat(browser.get("/").status()).as("still signed out").isEqualTo(302);
		assertThat(basic(attacker, user.username(), TestUsers.PASSWORD).status())
			.as("Basic auth of a throttled user from that address")
			.isEqualTo(401);

		assertThat(basic(newAddress(), user.username(), TestUsers.PASSWORD).status())
			.as("Basic auth from a clean address")
			.isEqualTo(200);
		SessionBrowser elsewhere = new SessionBrowser(port);
		signIn(elsewhere, newAddress(), user);
		assertThat(elsewhere.get("/").status()).isEqualTo(200);
	}

	@Test
	void fourWrongPasswordsDoNotThrottleAndASuccessForgetsThem() {
		TestUsers.User user = users.create("ANALYST");
		String address = newAddress();

		failTimes(address, user, USER_MAX_FAILURES - 1);
		assertThat(basic(address, user.username(), TestUsers.PASSWORD).status()).as("not throttled yet").isEqualTo(200);
		failTimes(address, user, USER_MAX_FAILURES - 1);

		assertThat(basic(address, user.username(), TestUsers.PASSWORD).status()).as("the success reset the count")
			.isEqualTo(200);
		signIn(new SessionBrowser(port), address, user);
	}

	@Test
	void anAttackersAddressIsRefusedWhileTheRealUserSignsInFromAnother() {
		TestUsers.User victim = users.create("ADMIN");
		TestUsers.User bystander = users.create("ANALYST");
		String attacker = newAddress();

		failTimes(attacker, victim, ADDRESS_MAX_FAILURES / 2);
		failTimesAnyone(attacker, ADDRESS_MAX_FAILURES / 2);

		assertThat(tryLogin(new SessionBrowser(port), attacker, bystander.username(), TestUsers.PASSWORD).location())
			.as("the attacker's address is refused, even with a right password")
			.isEqualTo("/login?error");
		assertThat(basic(attacker, bystander.username(), TestUsers.PASSWORD).status()).isEqualTo(401);
		SessionBrowser real = new SessionBrowser(port);
		signIn(real, newAddress(), victim);
		assertThat(real.get("/admin/users").status()).as("the real admin works from elsewhere").isEqualTo(200);
		assertThat(basic(newAddress(), bystander.username(), TestUsers.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void anAdminSaveOfTheUserLiftsTheThrottle() {
		TestUsers.User user = users.create("ACCOUNT_MANAGER");
		String address = newAddress();
		failTimes(address, user, USER_MAX_FAILURES);
		assertThat(basic(address, user.username(), TestUsers.PASSWORD).status()).as("throttled").isEqualTo(401);

		change(user, true);

		assertThat(basic(address, user.username(), TestUsers.PASSWORD).status()).as("Basic works again").isEqualTo(200);
		SessionBrowser browser = new SessionBrowser(port);
		signIn(browser, address, user);
		assertThat(browser.get("/").status()).isEqualTo(200);
	}

	@Test
	void aDisabledUserGetsTheSameAnswerAsAWrongPassword() {
		TestUsers.User user = users.create("COLLECTOR");
		change(user, false);
		SessionBrowser browser = new SessionBrowser(port);

		SessionBrowser.Page login = tryLogin(browser, newAddress(), user.username(), TestUsers.PASSWORD);

		assertThat(login.status()).isEqualTo(302);
		assertThat(login.location()).isEqualTo("/login?error");
		assertThat(browser.get(login.location()).text()).contains(FAILED).doesNotContainIgnoringCase("disabled");
		assertThat(browser.get("/").status()).as("still signed out").isEqualTo(302);
	}

	/** The admin saves the user through the API as it is, but enabled or not. */
	private void change(TestUsers.User user, boolean enabled) {
		JsonNode stored = users.admin().get("/api/v1/users/" + user.id()).json();
		Api.Response updated = users.admin()
			.put("/api/v1/users/" + user.id(),
					Map.of("username", user.username(), "displayName", stored.get("displayName").asString(), "roles",
							stored.get("roles"), "enabled", enabled, "version", stored.get("version").asLong()));
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
	}

	private void failTimes(String address, TestUsers.User user, int times) {
		SessionBrowser browser = new SessionBrowser(port);
		for (int i = 0; i < times; i++) {
			SessionBrowser.Page wrong = tryLogin(browser, address, user.username(), "wrong-password-" + i);
			assertThat(wrong.location()).as("attempt " + (i + 1)).isEqualTo("/login?error");
		}
	}

	private void failTimesAnyone(String address, int times) {
		SessionBrowser browser = new SessionBrowser(port);
		for (int i = 0; i < times; i++) {
			SessionBrowser.Page wrong = tryLogin(browser, address, "guess-" + i + "-" + System.nanoTime(), "x");
			assertThat(wrong.location()).as("attempt " + (i + 1)).isEqualTo("/login?error");
		}
	}

	private void signIn(SessionBrowser browser, String address, TestUsers.User user) {
		SessionBrowser.Page login = tryLogin(browser, address, user.username(), TestUsers.PASSWORD);
		assertThat(login.status()).as(login.toString()).isEqualTo(302);
		assertThat(login.location()).as("signed in").doesNotContain("/login");
	}

	/** The login form, posted from the given client address. */
	private static SessionBrowser.Page tryLogin(SessionBrowser browser, String address, String username,
			String password) {
		SessionBrowser.Page page = browser.get("/login", "X-Forwarded-For", address);
		assertThat(page.status()).isEqualTo(200);
		String body = "username=" + SessionBrowser.encode(username) + "&password=" + SessionBrowser.encode(password)
				+ "&_csrf=" + SessionBrowser.encode(page.csrf());
		return browser.send("POST", "/login", body, "Content-Type", "application/x-www-form-urlencoded",
				"X-Forwarded-For", address);
	}

	/** An API call with HTTP Basic from the given client address. */
	private SessionBrowser.Page basic(String address, String username, String password) {
		String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new SessionBrowser(port).send("GET", "/api/v1/me", null, "Authorization", "Basic " + token,
				"X-Forwarded-For", address, "Accept", "application/json");
	}

	/** A client address no other test uses. */
	private static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "198.18." + (n / 250) + "." + (1 + n % 250);
	}

}
