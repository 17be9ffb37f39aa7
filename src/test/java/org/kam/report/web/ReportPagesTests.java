package org.kam.report.web;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.report.ReportFixtures;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser;
import org.kam.web.SessionBrowser.Page;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports tab, the generate form and the report page through a signed-in browser
 * session.
 */
@H2Test
class ReportPagesTests {

	private static final Pattern REPORT_PAGE = Pattern.compile("^/accounts/(\\d+)/reports/(\\d+)$");

	@LocalServerPort
	int port;

	Api api;

	TestUsers users;

	TestUsers.User owner;

	String marker;

	String accountName;

	long accountId;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		users = new TestUsers(api);
		owner = users.create("ACCOUNT_MANAGER");
		marker = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		accountName = "华信科技 " + marker;
		accountId = ReportFixtures.account(owner, accountName, ReportFixtures.validUscc());
		ReportFixtures.contact(owner, accountId, "王建国", "总经理", "DECISION_MAKER");
	}

	@Test
	void theAccountPageHasAReportsTabWithItsContent() {
		SessionBrowser browser = signIn(owner);

		Page account = browser.get("/accounts/" + accountId + "?tab=reports");

		assertThat(account.status()).isEqualTo(200);
		assertThat(account.body()).contains(">Reports</a>")
			// the tab's content is rendered in the page, from its section
			.contains("id=\"reports\"");
	}

	@Test
	void theTabListsTheReportsWithTheirDownloadsAndOffersToGenerate() {
		SessionBrowser browser = signIn(owner);
		Page empty = browser.get("/accounts/" + accountId + "/reports/section", "HX-Request", "true");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).doesNotContain("<html")
			.contains("No reports yet.")
			.contains("href=\"/accounts/" + accountId + "/reports/new\"");

		long id = generate("2026-Q3");
		Page listed = browser.get("/accounts/" + accountId + "/reports/section", "HX-Request", "true");

		assertThat(listed.body()).contains("Q3 2026")
			.contains("href=\"/accounts/" + accountId + "/reports/" + id + "\"")
			.contains("href=\"/api/v1/accounts/" + accountId + "/reports/" + id + ".pdf\"")
			.contains("href=\"/api/v1/accounts/" + accountId + "/reports/" + id + ".xlsx\"")
			.contains("Version 1");
	}

	@Test
	void theFormGeneratesAReportAndShowsIt() {
		SessionBrowser browser = signIn(owner);
		Page form = browser.get("/accounts/" + accountId + "/reports/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("<label class=\"form-label\" for=\"period\"")
			.contains("<option value=\"2026-Q3\">Q3 2026</option>")
			.contains("<optgroup label=\"Months\">");

		Page created = browser.postForm("/accounts/" + accountId + "/reports", form.csrf(), "period", "2026-Q3");

		assertThat(created.status()).as(created.toString()).isEqualTo(302);
		Matcher target = REPORT_PAGE.matcher(created.location());
		assertThat(target.matches()).as(created.location()).isTrue();
		Page report = browser.get(created.location());
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.text()).contains("Periodic report · Q3 2026")
			.contains("The report was generated.")
			.contains(accountName)
			.contains("Account archive")
			.contains("王建国")
			.contains("Version 1");
		assertThat(report.body()).contains(".pdf\"").contains(".xlsx\"").contains("name=\"summary\"");
	}

	@Test
	void aWrongPeriodIsShownNextToTheField() {
		SessionBrowser browser = signIn(owner);
		String csrf = browser.get("/accounts/" + accountId + "/reports/new").csrf();

		Page wrong = browser.postForm("/accounts/" + accountId + "/reports", csrf, "period", "2026-13");

		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("id=\"period-error\"")
			.contains("must be a month such as 2026-10 or a quarter such as 2026-Q3, from 2000");
		generate("2026-Q2");
		Page taken = browser.postForm("/accounts/" + accountId + "/reports", csrf, "period", "2026-Q2");
		assertThat(taken.body()).contains("already has a report");
	}

	@Test
	void editingTheTextsMakesANewVersionAndAConflictKeepsWhatWasTyped() {
		long id = generate("2026-Q3");
		SessionBrowser browser = signIn(owner);
		String path = "/accounts/" + accountId + "/reports/" + id;
		String csrf = browser.get(path).csrf();

		Page saved = browser.postForm(path, csrf, "version", "1", "summary", "合作顺利", "problemsAndSolutions", "回款慢");
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		Page page = browser.get(path);
		assertThat(page.text()).contains("The report was saved as a new version.")
			.contains("合作顺利")
			.contains("回款慢")
			.contains("Version 2");

		Page stale = browser.postForm(path, csrf, "version", "1", "summary", "我的新总结", "problemsAndSolutions", "");
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("id=\"report-conflict\"")
			.contains("Someone saved version 2 while you were editing.")
			.contains("我的新总结")
			.contains("value=\"2\"");
		assertThat(api.as(owner.username(), TestUsers.PASSWORD)
			.get("/api/v1/accounts/" + accountId + "/reports/" + id)
			.json()
			.get("summary")
			.asString()).isEqualTo("合作顺利");
	}

	@Test
	void oldVersionsAreReadableAndRegeneratingAndDeletingWorkFromThePage() {
		long id = generate("2026-Q3");
		SessionBrowser browser = signIn(owner);
		String path = "/accounts/" + accountId + "/reports/" + id;
		String csrf = browser.get(path).csrf();

		Page regenerated = browser.postForm(path + "/regenerate", csrf, "version", "1");
		assertThat(regenerated.status()).isEqualTo(302);
		assertThat(browser.get(path).text()).contains("The report was regenerated as a new version.")
			.contains("regenerated");
		Page first = browser.get(path + "?version=1");
		assertThat(first.text()).contains("You are reading version 1. The latest is version 2.")
			.contains("/reports/" + id + ".pdf?version=1");
		assertThat(first.body()).as("an old version is not edited").doesNotContain("name=\"summary\"");

		Page deleted = browser.postForm(path + "/delete", csrf);
		assertThat(deleted.status()).isEqualTo(302);
		assertThat(deleted.location()).isEqualTo("/accounts/" + accountId + "?tab=reports");
		assertThat(browser.get(path).status()).isEqualTo(404);
	}

	@Test
	void readersSeeTheReportButNoFormsAndStrangersNothing() {
		long id = generate("2026-Q3");
		String path = "/accounts/" + accountId + "/reports/" + id;
		SessionBrowser analyst = signIn(users.create("ANALYST"));

		Page read = analyst.get(path);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.text()).contains("Account archive").contains(".pdf");
		assertThat(read.body()).doesNotContain("name=\"summary\"").doesNotContain("/regenerate");
		assertThat(analyst.get("/accounts/" + accountId + "/reports/section").body()).doesNotContain("/reports/new");
		assertThat(analyst.get("/accounts/" + accountId + "/reports/new").status()).isEqualTo(403);

		SessionBrowser stranger = signIn(users.create("ACCOUNT_MANAGER"));
		assertThat(stranger.get(path).status()).isEqualTo(403);
		assertThat(stranger.get("/accounts/" + accountId + "/reports/section").status()).isEqualTo(403);
		assertThat(new SessionBrowser(port).get(path).status()).as("anonymous: to the login").isEqualTo(302);
	}

	@Test
	void inChineseThePageAndThePickerSpeakChinese() {
		long id = generate("2026-Q3");
		SessionBrowser browser = signIn(owner);
		browser.setCookie("kam-lang", "zh-CN");

		Page report = browser.get("/accounts/" + accountId + "/reports/" + id);
		assertThat(report.text()).contains("定期报告 · 2026年第3季度")
			.contains("客户档案")
			.contains("统一社会信用代码")
			.contains("问题与解决方案")
			.contains("第 1 版");
		Page form = browser.get("/accounts/" + accountId + "/reports/new");
		assertThat(form.text()).contains("2026年第3季度").contains("2026年10月").contains("报告期");
	}

	@Test
	void everyVersionIsOnTheAccountTimeline() {
		long id = generate("2026-Q3");
		api.as(owner.username(), TestUsers.PASSWORD)
			.put("/api/v1/accounts/" + accountId + "/reports/" + id, Map.of("version", 1, "summary", "s"));
		SessionBrowser browser = signIn(owner);

		Page timeline = browser.get("/accounts/" + accountId + "/timeline/section?kind=reports");

		assertThat(timeline.status()).isEqualTo(200);
		assertThat(timeline.text()).contains("Report 2026-Q3, version 2: texts edited")
			.contains("Report 2026-Q3, version 1: generated")
			.contains("/accounts/" + accountId + "/reports/" + id + "?version=1");
	}

	@Test
	void theReportsMenuListsReportsAcrossAccountsFilteredInTheUrl() {
		long id = generate("2004-Q1");
		generate("2004-02");
		SessionBrowser browser = signIn(owner);

		Page home = browser.get("/");
		assertThat(home.body()).contains("href=\"/reports\"");
		Page list = browser.get("/reports?period=2004-Q1");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.text()).contains(accountName).contains("1 reports");
		assertThat(list.body()).contains("href=\"/accounts/" + accountId + "/reports/" + id + "\"")
			.contains("value=\"2004-Q1\"");
		assertThat(browser.get("/reports?kind=MONTH").text()).doesNotContain("2004-Q1").contains("2004-02");

		Page wrong = browser.get("/reports?period=2004-Q9");
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("id=\"period-error\"").contains("must be a month such as 2026-10");
		assertThat(browser.get("/reports?page=999999").status()).as("beyond the count cap").isEqualTo(400);
		assertThat(signIn(users.create("ACCOUNT_MANAGER")).get("/reports?period=2004-Q1").text())
			.doesNotContain(accountName);
	}

	private long generate(String period) {
		Api.Response created = api.as(owner.username(), TestUsers.PASSWORD)
			.post("/api/v1/accounts/" + accountId + "/reports", Map.of("period", period));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	private SessionBrowser signIn(TestUsers.User user) {
		return new SessionBrowser(port).signIn(user.username(), TestUsers.PASSWORD);
	}

}
