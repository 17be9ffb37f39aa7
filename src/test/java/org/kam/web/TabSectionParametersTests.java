package org.kam.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser.Page;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account page's tab sections bind their paging and filters as the lists do (one
 * query object from the query string): a page or size the lists refuse is the same 400
 * page here, never a server error nor a silent first page, and their paging links keep
 * the filter and the size.
 */
@BothDatabases
class TabSectionParametersTests {

	private static final String BAD_REQUEST_TEXT = "The request could not be handled. Check the address or the data you sent.";

	/** Every paged tab, by its path segment. */
	private static final List<String> PAGED = List.of("service-plans", "reports", "contracts", "surveys",
			"development-plans", "complaints", "market", "sales", "communications");

	/** What the lists answer with a 400 (AccountPagesTests, ListParametersApiTests). */
	private static final List<String> REFUSED = List.of("page=-1", "page=abc", "page=99999999999", "size=0",
			"size=100000", "size=abc");

	@LocalServerPort
	int port;

	TestUsers users;

	TestUsers.User owner;

	long accountId;

	String marker;

	@BeforeEach
	void setUp() {
		users = new TestUsers(new Api(port));
		owner = users.create("ACCOUNT_MANAGER");
		marker = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Api.Response account = owner.api().post("/api/v1/accounts", Map.of("name", "Sections Ltd " + marker));
		assertThat(account.status()).as(account.toString()).isEqualTo(201);
		accountId = account.id();
	}

	@Test
	void aBadPageOrSizeIsTheListsBadRequestPageOnEveryTab() {
		SessionBrowser browser = signIn(owner);
		assertErrorPage(browser.get("/accounts?page=-1"), 400);
		assertErrorPage(browser.get("/accounts?page=abc"), 400);

		for (String tab : PAGED) {
			for (String query : REFUSED) {
				String path = section(tab) + "?" + query;
				assertErrorPage(browser.get(path), 400);
				assertThat(browser.get(path, "HX-Request", "true").status()).as("htmx asking for " + path)
					.isEqualTo(400);
			}
		}
	}

	@Test
	void withoutAPageOrWithAnEmptyOneEveryTabShowsItsFirstPage() {
		SessionBrowser browser = signIn(owner);

		for (String tab : PAGED) {
			for (String query : List.of("", "?page=", "?page=&size=", "?page=0", "?page=3&size=5")) {
				Page page = browser.get(section(tab) + query, "HX-Request", "true");
				assertThat(page.status()).as(section(tab) + query + ": " + page).isEqualTo(200);
				assertThat(page.body()).doesNotContain("<html");
			}
		}
	}

	@Test
	void aTabsFilterOfTheWrongTypeIsABadRequestPage() {
		SessionBrowser browser = signIn(owner);

		assertErrorPage(browser.get(section("communications") + "?channel=NOPE"), 400);
		assertErrorPage(browser.get(section("sales") + "?by=week"), 400);
		assertErrorPage(browser.get(section("timeline") + "?before=yesterday"), 400);
		assertThat(browser.get(section("timeline") + "?kind=&before=", "HX-Request", "true").status()).isEqualTo(200);
	}

	@Test
	void aTabsPagingLinksKeepItsFilterAndSize() {
		for (int day = 1; day <= 3; day++) {
			communication("VISIT", day, "Visit " + day + " " + marker);
		}
		communication("PHONE", 4, "Call " + marker);
		SessionBrowser browser = signIn(owner);
		String base = section("communications");

		Page first = browser.get(base + "?channel=VISIT&size=2", "HX-Request", "true");

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body()).contains("hx-get=\"" + base + "?channel=VISIT&amp;page=1&amp;size=2\"")
			.doesNotContain("Call " + marker);
		Page second = browser.get(base + "?channel=VISIT&page=1&size=2", "HX-Request", "true");
		assertThat(second.body()).contains("hx-get=\"" + base + "?channel=VISIT&amp;size=2\"")
			.contains("Visit 1 " + marker)
			.doesNotContain("Visit 3 " + marker);
	}

	@Test
	void theTimelinesOlderLinkKeepsTheKindAndContinuesBeforeTheLastEntryShown() {
		int shown = 30;
		for (int day = 1; day <= shown + 1; day++) {
			communication("VISIT", day, "Entry " + day + " " + marker);
		}
		SessionBrowser browser = signIn(owner);

		Page newest = browser.get(section("timeline") + "?kind=communications", "HX-Request", "true");

		assertThat(newest.text()).contains("Entry 2 " + marker).doesNotContain("Entry 1 " + marker);
		List<String> older = newest.all(Pattern.compile("hx-get=\"([^\"]*before=[^\"]*)\""), 1);
		assertThat(older).hasSize(1);
		assertThat(older.get(0)).startsWith(section("timeline") + "?kind=communications&amp;before=");
		Page oldest = browser.get(older.get(0).replace("&amp;", "&"), "HX-Request", "true");
		assertThat(oldest.status()).isEqualTo(200);
		assertThat(oldest.text()).contains("Entry 1 " + marker).doesNotContain("Entry 2 " + marker);
		assertThat(oldest.body()).doesNotContain("before=");
	}

	/**
	 * A communication on the given day after 31 August 2025 (tabs show the newest first).
	 */
	private void communication(String channel, int day, String subject) {
		Map<String, Object> body = new HashMap<>();
		body.put("channel", channel);
		body.put("occurredAt", LocalDate.of(2025, 8, 31).plusDays(day) + "T14:00:00+08:00");
		body.put("subject", subject);
		body.put("ourParticipantIds", List.of(owner.id()));
		Api.Response created = owner.api().post("/api/v1/accounts/" + accountId + "/communications", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	private String section(String tab) {
		return "/accounts/" + accountId + "/" + tab + "/section";
	}

	private SessionBrowser signIn(TestUsers.User user) {
		return new SessionBrowser(port).signIn(user.username(), TestUsers.PASSWORD);
	}

	private static void assertErrorPage(Page page, int status) {
		assertThat(page.status()).as(page.toString()).isEqualTo(status);
		assertThat(page.body()).contains("<html").contains("Error " + status);
		assertThat(page.text()).contains(BAD_REQUEST_TEXT);
		assertThat(page.body()).as("no stack trace").doesNotContain("at org.").doesNotContain("Exception");
	}

}
