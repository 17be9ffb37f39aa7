package org.kam.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the pages tell the browser about themselves: CSP and friends, the session cookie,
 * CSRF in every form.
 */
@H2Test
class WebSecurityHeadersTests {

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>\\s*\\S",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern POST_FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern METHOD_POST = Pattern.compile("\\bmethod\\s*=\\s*\"post\"", Pattern.CASE_INSENSITIVE);

	private static final Pattern CSRF_HIDDEN = Pattern
		.compile("<input\\b(?=[^>]*\\btype=\"hidden\")(?=[^>]*\\bname=\"_csrf\")[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	@LocalServerPort
	int port;

	Api api;

	TestUsers users;

	String marker;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		users = new TestUsers(api);
		marker = "h" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Test
	void pagesSendAStrictContentSecurityPolicy() {
		SessionBrowser.Page login = new SessionBrowser(port).get("/login");

		assertThat(login.status()).isEqualTo(200);
		String csp = login.header("Content-Security-Policy");
		assertThat(csp).as("Content-Security-Policy").isNotNull();
		assertThat(csp).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("'unsafe-inline'");
		assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(login.header("Referrer-Policy")).as("Referrer-Policy").isNotBlank();
	}

	@Test
	void signedInPagesSendTheSameHeaders() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		SessionBrowser browser = new SessionBrowser(port).signIn(manager.username(), TestUsers.PASSWORD);

		for (String path : List.of("/", "/accounts")) {
			SessionBrowser.Page page = browser.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.header("Content-Security-Policy")).as(path)
				.contains("script-src 'self'")
				.doesNotContain("'unsafe-inline'");
			assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
		}
	}

	@Test
	void theSessionCookieIsHttpOnlySameSiteLaxAndChangesAtLogin() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		SessionBrowser browser = new SessionBrowser(port);

		SessionBrowser.Page loginPage = browser.get("/login");
		String before = browser.cookie("JSESSIONID");
		assertThat(before).as("the login page starts a session for its CSRF token").isNotNull();
		SessionBrowser.Page login = browser.postForm("/login", loginPage.csrf(), "username", manager.username(),
				"password", TestUsers.PASSWORD);

		assertThat(login.status()).as(login.toString()).isEqualTo(302);
		String cookie = login.setCookie("JSESSIONID");
		assertThat(cookie).as("a new session cookie at login").isNotNull();
		assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
		String after = browser.cookie("JSESSIONID");
		assertThat(after).as("session fixation protection").isNotEqualTo(before);
		assertThat(browser.get("/").status()).as("the new session is signed in").isEqualTo(200);
	}

	@Test
	void noPageHasAnInlineScript() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		long account = manager.api().post("/api/v1/accounts", Map.of("name", "Scripts " + marker)).id();
		SessionBrowser anonymous = new SessionBrowser(port);
		SessionBrowser browser = new SessionBrowser(port).signIn(manager.username(), TestUsers.PASSWORD);

		List<String> offending = new ArrayList<>();
		check(anonymous, "/login", offending);
		for (String path : List.of("/", "/accounts", "/accounts/new", "/accounts/" + account,
				"/accounts/" + account + "/edit", "/accounts/" + account + "/contacts/new", "/accounts/99999999")) {
			check(browser, path, offending);
		}

		assertThat(offending).isEmpty();
	}

	@Test
	void everyPostFormCarriesTheCsrfToken() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		long account = manager.api().post("/api/v1/accounts", Map.of("name", "Forms " + marker)).id();
		manager.api().post("/api/v1/accounts/" + account + "/contacts", Map.of("name", "Contact " + marker));
		SessionBrowser browser = new SessionBrowser(port).signIn(manager.username(), TestUsers.PASSWORD);

		List<String> missing = new ArrayList<>();
		int forms = postFormsWithoutCsrf(new SessionBrowser(port), "/login", missing);
		for (String path : List.of("/", "/accounts", "/accounts/new", "/accounts/" + account,
				"/accounts/" + account + "/edit", "/accounts/" + account + "/contacts/new")) {
			forms += postFormsWithoutCsrf(browser, path, missing);
		}

		assertThat(forms).as("post forms looked at").isGreaterThanOrEqualTo(7);
		assertThat(missing).as("post forms without a _csrf hidden input").isEmpty();
	}

	@Test
	void theBodyOfSignedInPagesGivesHtmxTheCsrfHeader() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		long account = manager.api().post("/api/v1/accounts", Map.of("name", "Htmx " + marker)).id();
		SessionBrowser browser = new SessionBrowser(port).signIn(manager.username(), TestUsers.PASSWORD);

		for (String path : List.of("/", "/accounts", "/accounts/new", "/accounts/" + account,
				"/accounts/" + account + "/edit", "/accounts/" + account + "/contacts/new")) {
			SessionBrowser.Page page = browser.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			Matcher body = BODY.matcher(page.body());
			assertThat(body.find()).as(path + " has a body").isTrue();
			String tag = body.group().replace("&quot;", "\"");
			assertThat(tag).as(path).contains("hx-headers=").contains("\"X-CSRF-TOKEN\":\"");
		}
	}

	private void check(SessionBrowser browser, String path, List<String> offending) {
		SessionBrowser.Page page = browser.get(path);
		assertThat(page.body()).as(path).contains("<html");
		Matcher script = INLINE_SCRIPT.matcher(page.body());
		if (script.find()) {
			offending.add(path + ": "
					+ page.body().substring(script.start(), Math.min(page.body().length(), script.start() + 120)));
		}
	}

	private int postFormsWithoutCsrf(SessionBrowser browser, String path, List<String> missing) {
		SessionBrowser.Page page = browser.get(path);
		assertThat(page.status()).as(path).isEqualTo(200);
		int count = 0;
		Matcher form = POST_FORM.matcher(page.body());
		while (form.find()) {
			if (!METHOD_POST.matcher(form.group(1)).find()) {
				continue;
			}
			count++;
			if (!CSRF_HIDDEN.matcher(form.group(2)).find()) {
				missing.add(path + ": <form" + form.group(1) + ">");
			}
		}
		return count;
	}

}
