package org.kam.market.web;

import java.util.HashMap;
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
import org.kam.web.SessionBrowser;
import org.kam.web.SessionBrowser.Page;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The market report pages through real HTTP with a signed-in browser session: list,
 * report with chart, form, the account tab, access, language.
 */
@H2Test
class MarketReportPagesTests {

	private static final Pattern REPORT_URL = Pattern.compile("^/market-reports/(\\d+)$");

	@LocalServerPort
	int port;

	TestUsers users;

	TestUsers.User analyst;

	TestUsers.User owner;

	String marker;

	long accountId;

	@BeforeEach
	void setUp() {
		users = new TestUsers(new Api(port));
		analyst = users.create("ANALYST");
		owner = users.create("ACCOUNT_MANAGER");
		marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Api.Response account = owner.api().post("/api/v1/accounts", Map.of("name", "Page Co " + marker));
		assertThat(account.status()).isEqualTo(201);
		accountId = account.id();
	}

	SessionBrowser signIn(TestUsers.User user) {
		return new SessionBrowser(port).signIn(user.username(), TestUsers.PASSWORD);
	}

	long createReport(String title, List<Map<String, Object>> competitors) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("industry", "信息技术");
		body.put("province", "广东省");
		body.put("period", "2026-H1");
		body.put("marketSize", 2500000);
		body.put("growthRate", 8.5);
		body.put("competitors", competitors);
		body.put("accountIds", List.of(accountId));
		Api.Response created = analyst.api().post("/api/v1/market-reports", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	static Map<String, Object> competitor(String name, Object share) {
		return Map.of("name", name, "share", share);
	}

	@Test
	void theListFiltersFromTheUrlAndHtmxGetsOnlyTheResults() {
		createReport("Alpha " + marker, List.of());
		SessionBrowser browser = signIn(owner);

		Page list = browser.get("/market-reports?q=" + marker);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("<html")
			.contains("id=\"results\"")
			.contains("Alpha " + marker)
			.contains("1 reports");
		assertThat(list.body()).as("no new-report button for an account manager").doesNotContain("/market-reports/new");
		assertThat(browser.get("/market-reports?q=" + marker + "&period=2025").body()).doesNotContain("Alpha " + marker)
			.contains("No report matches these filters.");

		Page fragment = browser.get("/market-reports?q=" + marker, "HX-Request", "true");
		assertThat(fragment.body()).doesNotContain("<html").contains("id=\"results\"").contains("Alpha " + marker);
		Page restore = browser.get("/market-reports?q=" + marker, "HX-Request", "true", "HX-History-Restore-Request",
				"true");
		assertThat(restore.body()).contains("<html").contains("id=\"market-filters\"");

		assertThat(browser.get("/market-reports?period=someday").status()).isEqualTo(400);
		assertThat(browser.get("/market-reports?page=x").status()).isEqualTo(400);
		assertThat(browser.get("/market-reports?page=999999").status()).as("beyond the count cap").isEqualTo(400);
	}

	@Test
	void theMenuLeadsToTheReports() {
		Page home = signIn(owner).get("/");
		assertThat(home.body()).contains("href=\"/market-reports\"").contains("Market reports");
	}

	@Test
	void theReportPageShowsTheChartDataWithOthersAndTheLinkedAccountsEscaped() {
		long id = createReport("<b>Bold</b> " + marker,
				List.of(competitor("华为云", 40), competitor("Acme & <Co>", 25.5)));

		Page page = signIn(owner).get("/market-reports/" + id);

		assertThat(page.status()).isEqualTo(200);
		String main = page.body().substring(page.body().indexOf("<main"));
		assertThat(main).contains("&lt;b&gt;Bold&lt;/b&gt; " + marker).doesNotContain("<b>Bold</b>");
		assertThat(page.body()).contains("data-chart=\"doughnut\"");
		assertThat(page.text()).contains("data-labels=\"[\"华为云\",\"Acme & <Co>\",\"Others\"]\"")
			.contains("data-values=\"[40.00,25.50,34.50]\"");
		assertThat(page.body()).as("no inline script").doesNotContainPattern("<script>|<script [^s]*>[^<]");
		assertThat(page.body()).contains("href=\"/accounts/" + accountId + "?tab=market\"")
			.contains("Page Co " + marker);
		assertThat(page.body()).as("an account manager neither edits nor deletes")
			.doesNotContain("/market-reports/" + id + "/edit")
			.doesNotContain("/delete");
	}

	@Test
	void linkedAccountsTheReaderMayNotReadAreCountedNotNamed() {
		long id = createReport("Hidden " + marker, List.of());
		Page page = signIn(users.create("ACCOUNT_MANAGER")).get("/market-reports/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("Page Co " + marker).contains("1 linked accounts you may not read");
	}

	@Test
	void theAccountTabListsTheLinkedReportsAndOffersANewOneToWriters() {
		createReport("Tab " + marker, List.of());

		Page ownerTab = signIn(owner).get("/accounts/" + accountId + "/market/section");
		assertThat(ownerTab.status()).isEqualTo(200);
		assertThat(ownerTab.body()).doesNotContain("<html")
			.contains("Tab " + marker)
			.doesNotContain("/market-reports/new");

		Page analystTab = signIn(analyst).get("/accounts/" + accountId + "/market/section");
		assertThat(analystTab.body()).contains("href=\"/market-reports/new?accountId=" + accountId + "\"")
			.contains("fromAccount=" + accountId);

		Page accountPage = signIn(owner).get("/accounts/" + accountId + "?tab=market");
		// the tab's content is rendered in the page, from its section
		assertThat(accountPage.body()).contains("id=\"market-reports\"");

		assertThat(signIn(users.create("ACCOUNT_MANAGER")).get("/accounts/" + accountId + "/market/section").status())
			.isEqualTo(403);

		Page timeline = signIn(owner).get("/accounts/" + accountId + "/timeline/section?kind=market-reports");
		assertThat(timeline.status()).isEqualTo(200);
		assertThat(timeline.body()).contains("Tab " + marker)
			.contains("2026-H1 · 信息技术 · 广东省")
			.contains("href=\"/market-reports/");
	}

	@Test
	void anAnalystCreatesAReportFromTheAccountTabAndReturnsToIt() {
		SessionBrowser browser = signIn(analyst);
		Page form = browser.get("/market-reports/new?accountId=" + accountId);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("name=\"accountIds\"")
			.contains("value=\"" + accountId + "\"")
			.contains("Page Co " + marker);

		Page saved = browser.postForm("/market-reports", form.csrf(), "title", "From tab " + marker, "industry", "物流",
				"period", "2026-Q1", "marketSize", "1000000", "currency", "CNY", "growthRate", "-2.5",
				"competitors[0].name", "顺丰速运", "competitors[0].share", "30", "competitors[1].name", "",
				"competitors[1].share", "", "accountIds", String.valueOf(accountId), "fromAccount",
				String.valueOf(accountId));

		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(saved.location()).isEqualTo("/accounts/" + accountId + "?tab=market");
		assertThat(browser.get("/accounts/" + accountId + "/market/section").body()).contains("From tab " + marker)
			.contains("2026-Q1");
	}

	@Test
	void sharesOverOneHundredPercentAreShownNextToTheCompetitorsInEitherLanguage() {
		SessionBrowser browser = signIn(analyst);
		Page form = browser.get("/market-reports/new");
		String[] fields = { "title", "Over " + marker, "province", "浙江省", "period", "2026", "competitors[0].name", "A",
				"competitors[0].share", "70", "competitors[1].name", "B", "competitors[1].share", "45",
				"competitors[2].name", "C", "competitors[2].share", "abc" };

		Page refused = browser.postForm("/market-reports", form.csrf(), fields);

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"competitor-2-share\"")
			.contains("Please correct the highlighted fields.");
		String[] fixedType = fields.clone();
		fixedType[fixedType.length - 1] = "";
		fixedType[fixedType.length - 3] = "";
		Page total = browser.postForm("/market-reports", form.csrf(), fixedType);
		assertThat(total.status()).isEqualTo(200);
		assertThat(total.body()).contains("id=\"competitors-error\"")
			.contains("the market shares add up to 115%, more than 100%");
		assertThat(total.body()).as("what was typed is kept").contains("value=\"Over " + marker + "\"");

		browser.setCookie("kam-lang", "zh-CN");
		Page chinese = browser.postForm("/market-reports", form.csrf(), fixedType);
		assertThat(chinese.body()).contains("市场份额合计为 115%，超过了 100%").contains("竞争对手及市场份额");
		Page noScope = browser.postForm("/market-reports", form.csrf(), "title", "No scope " + marker, "period",
				"2026");
		assertThat(noScope.body()).contains("请填写行业或省份，或两者都填");
	}

	@Test
	void competitorRowsAreAddedAndRemovedWithoutLosingWhatWasTyped() {
		SessionBrowser browser = signIn(analyst);
		Page form = browser.get("/market-reports/new");
		assertThat(form.body()).contains("id=\"competitor-2-name\"").doesNotContain("id=\"competitor-3-name\"");

		Page added = browser.postForm("/market-reports", form.csrf(), "title", "Rows " + marker, "competitors[0].name",
				"First", "competitors[1].name", "Second", "competitors[2].name", "", "addCompetitor", "1");
		assertThat(added.status()).isEqualTo(200);
		assertThat(added.body()).contains("id=\"competitor-3-name\"").contains("value=\"Rows " + marker + "\"");
		assertThat(added.body()).as("no validation yet").doesNotContain("Please correct");

		Page removed = browser.postForm("/market-reports", form.csrf(), "title", "Rows " + marker,
				"competitors[0].name", "First", "competitors[1].name", "Second", "removeCompetitor", "0");
		assertThat(removed.body()).contains("value=\"Second\"").doesNotContain("value=\"First\"");
	}

	@Test
	void theAccountSearchOffersOnlyReadableAccounts() {
		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		colleague.api().post("/api/v1/accounts", Map.of("name", "Search Co " + marker));
		SessionBrowser browser = signIn(analyst);

		Page options = browser.get("/market-reports/account-options?accountSearch=" + marker, "HX-Request", "true");
		assertThat(options.status()).isEqualTo(200);
		assertThat(options.body()).doesNotContain("<html")
			.contains("Search Co " + marker)
			.contains("Page Co " + marker);

		Page form = browser.get("/market-reports/new");
		Page searched = browser.postForm("/market-reports", form.csrf(), "title", "S", "accountSearch",
				"Search Co " + marker, "searchAccounts", "1");
		assertThat(searched.body()).contains("Search Co " + marker).doesNotContain("Page Co " + marker);
	}

	@Test
	void anEditorEditsAndAStaleEditShowsTheirVersion() {
		long id = createReport("Edit " + marker, List.of(competitor("Acme", 10)));
		SessionBrowser browser = signIn(users.create("MANAGER"));
		Page form = browser.get("/market-reports/" + id + "/edit");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("value=\"2026-H1\"").contains("value=\"Acme\"");

		Page saved = browser.postForm("/market-reports/" + id, form.csrf(), "title", "Edited " + marker, "industry",
				"信息技术", "period", "2026-H1", "competitors[0].name", "Acme", "competitors[0].share", "20", "accountIds",
				String.valueOf(accountId), "version", "0");
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(saved.location()).isEqualTo("/market-reports/" + id);
		Page shown = browser.get("/market-reports/" + id);
		assertThat(shown.body()).contains("Edited " + marker).contains("Market report saved.");

		Page stale = browser.postForm("/market-reports/" + id, form.csrf(), "title", "Stale " + marker, "industry",
				"信息技术", "period", "2026-H1", "version", "0");
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone changed this report first")
			.contains("value=\"Edited " + marker + "\"");
	}

	@Test
	void readersCannotOpenTheFormsOrDelete() {
		long id = createReport("Guarded " + marker, List.of());
		SessionBrowser browser = signIn(owner);
		assertThat(browser.get("/market-reports/new").status()).isEqualTo(403);
		assertThat(browser.get("/market-reports/" + id + "/edit").status()).isEqualTo(403);
		Page list = browser.get("/market-reports");
		assertThat(browser.postForm("/market-reports/" + id + "/delete", list.csrf()).status()).isEqualTo(403);
		assertThat(browser.postForm("/market-reports", list.csrf(), "title", "X", "industry", "Y", "period", "2026")
			.status()).isEqualTo(403);
		assertThat(browser.get("/market-reports/987654321").status()).isEqualTo(404);

		Page anonymous = new SessionBrowser(port).get("/market-reports");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).contains("/login");
	}

	@Test
	void theAuthorDeletesTheReport() {
		long id = createReport("Delete " + marker, List.of());
		SessionBrowser browser = signIn(analyst);
		Page page = browser.get("/market-reports/" + id);
		assertThat(page.body()).contains("/market-reports/" + id + "/delete");

		Page deleted = browser.postForm("/market-reports/" + id + "/delete", page.csrf());
		assertThat(deleted.status()).isEqualTo(302);
		assertThat(deleted.location()).isEqualTo("/market-reports");
		assertThat(browser.get("/market-reports").body()).contains("Market report deleted.");
		assertThat(browser.get("/market-reports/" + id).status()).isEqualTo(404);
	}

	static long idOf(Page redirect) {
		Matcher m = REPORT_URL.matcher(redirect.location());
		assertThat(m.matches()).as(redirect.location()).isTrue();
		return Long.parseLong(m.group(1));
	}

}
