package org.kam.account.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser;
import org.kam.web.SessionBrowser.Page;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account page's tabs: each a link to the whole page with that tab's content in
 * place, and the panel htmx swaps in (GET /accounts/{id}/panel), under the page's access
 * rule.
 */
@H2Test
class AccountTabsPagesTests {

	private static final String FORBIDDEN_TEXT = "Your roles do not allow you to open this page.";

	private static final String NOT_FOUND_TEXT = "There is nothing at this address. It may have been moved or deleted.";

	/** The archive (no tab), the timeline and a record kind's tab. */
	private static final List<String> TABS = List.of("", "?tab=timeline", "?tab=contracts");

	@LocalServerPort
	int port;

	Api api;

	TestUsers users;

	String marker;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		users = new TestUsers(api);
		marker = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Test
	void thePanelRefusesWhatThePageRefuses() {
		TestUsers.User owner = users.create("ACCOUNT_MANAGER");
		long id = createAccount(owner, "Not yours " + marker);
		SessionBrowser other = signIn(users.create("ACCOUNT_MANAGER"));

		for (String tab : TABS) {
			assertErrorPage(other.get("/accounts/" + id + tab), 403, FORBIDDEN_TEXT);
			assertErrorPage(other.get("/accounts/" + id + "/panel" + tab), 403, FORBIDDEN_TEXT);
			assertThat(other.get("/accounts/" + id + "/panel" + tab, "HX-Request", "true").status())
				.as("htmx asking for " + tab)
				.isEqualTo(403);
			assertErrorPage(other.get("/accounts/99999999" + tab), 404, NOT_FOUND_TEXT);
			assertErrorPage(other.get("/accounts/99999999/panel" + tab), 404, NOT_FOUND_TEXT);
		}
	}

	@Test
	void thePanelOpensForWhoeverMayReadTheAccount() {
		TestUsers.User owner = users.create("ACCOUNT_MANAGER");
		long id = createAccount(owner, "Readable " + marker);

		for (SessionBrowser reader : List.of(signIn(owner), signIn(users.create("ANALYST")), signInAdmin())) {
			for (String tab : TABS) {
				assertThat(reader.get("/accounts/" + id + tab).status()).isEqualTo(200);
				assertThat(reader.get("/accounts/" + id + "/panel" + tab, "HX-Request", "true").status())
					.isEqualTo(200);
			}
		}
	}

	@Test
	void aTabLinkOpensTheWholePageWithTheTabsContentInPlace() {
		TestUsers.User owner = users.create("ACCOUNT_MANAGER");
		long id = createAccount(owner, "Tabbed " + marker);
		SessionBrowser browser = signIn(owner);

		Page contracts = browser.get("/accounts/" + id + "?tab=contracts");

		assertThat(contracts.status()).isEqualTo(200);
		assertThat(contracts.body()).contains("<html")
			.contains("<h1 class=\"h3\">Tabbed " + marker + "</h1>")
			.as("the contracts tab's content, without a second request")
			.contains("id=\"account-tab\"")
			.contains("No contracts yet.")
			.contains("href=\"/accounts/" + id + "/contracts/new\"")
			.doesNotContain("hx-trigger=\"load\"")
			.as("the archive is not rendered")
			.doesNotContain("id=\"contacts\"");
		assertThat(contracts.body()).as("each tab a link, and htmx swapping only the panel")
			.contains("href=\"/accounts/" + id + "?tab=timeline\"")
			.contains("hx-get=\"/accounts/" + id + "/panel?tab=timeline\"")
			.contains("hx-push-url=\"/accounts/" + id + "?tab=timeline\"")
			.contains("hx-get=\"/accounts/" + id + "/panel\"")
			.contains("hx-push-url=\"/accounts/" + id + "\"");
	}

	@Test
	void thePanelHoldsTheTabBarAndTheOpenTabOnly() {
		TestUsers.User owner = users.create("ACCOUNT_MANAGER");
		long id = createAccount(owner, "Panelled " + marker);
		SessionBrowser browser = signIn(owner);

		Page contracts = browser.get("/accounts/" + id + "/panel?tab=contracts", "HX-Request", "true");

		assertThat(contracts.body()).startsWith("<div id=\"account-panel\"")
			.doesNotContain("<html")
			.doesNotContain("<h1")
			.contains("id=\"account-sections\"")
			.contains("No contracts yet.");
		assertThat(contracts.body()).as("the contracts tab is the active one")
			.containsPattern(
					"<a class=\"nav-link active\" href=\"/accounts/" + id + "\\?tab=contracts\" aria-current=\"page\"");

		Page archive = browser.get("/accounts/" + id + "/panel", "HX-Request", "true");

		assertThat(archive.body()).startsWith("<div id=\"account-panel\"")
			.contains("id=\"archive\"")
			.contains("id=\"contacts\"")
			.contains("href=\"/accounts/" + id + "/contacts/new\"")
			.doesNotContain("id=\"account-tab\"");
	}

	@Test
	void anUnknownTabOpensTheArchive() {
		TestUsers.User owner = users.create("ACCOUNT_MANAGER");
		long id = createAccount(owner, "Fallback " + marker);
		SessionBrowser browser = signIn(owner);

		for (String path : List.of("/accounts/" + id + "?tab=nothing", "/accounts/" + id + "/panel?tab=nothing")) {
			Page page = browser.get(path);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains("id=\"archive\"").doesNotContain("id=\"account-tab\"");
		}
	}

	@Test
	void theTabsSpeakChinese() {
		TestUsers.User owner = users.create("ACCOUNT_MANAGER");
		long id = createAccount(owner, "中文 " + marker);
		SessionBrowser browser = signIn(owner);

		browser.setCookie("kam-lang", "zh-CN");
		Page panel = browser.get("/accounts/" + id + "/panel?tab=contracts");

		assertThat(panel.body()).contains("时间线").contains("合同");
	}

	private SessionBrowser signIn(TestUsers.User user) {
		return new SessionBrowser(port).signIn(user.username(), TestUsers.PASSWORD);
	}

	private SessionBrowser signInAdmin() {
		return new SessionBrowser(port).signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
	}

	private long createAccount(TestUsers.User owner, String name) {
		Api.Response created = owner.api().post("/api/v1/accounts", Map.of("name", name, "status", "POTENTIAL"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	private static void assertErrorPage(Page page, int status, String text) {
		assertThat(page.status()).as(page.toString()).isEqualTo(status);
		assertThat(page.body()).contains("<html").contains("Error " + status);
		assertThat(page.text()).contains(text);
		assertThat(page.body()).as("no stack trace").doesNotContain("at org.").doesNotContain("Exception");
	}

}
