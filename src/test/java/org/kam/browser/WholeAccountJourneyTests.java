package org.kam.browser;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.BrowserTest;
import org.kam.support.Chromium;
import org.kam.support.TestUsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One account through every record kind, in the pages only, and its periodic report: an
 * account manager creates the account, records a quarter's worth of work on it (2026-Q3,
 * with one order in the quarter before to compare with), finds every kind on the
 * timeline, and generates the quarter's report, which has a section per kind. Runs on H2
 * and on PostgreSQL.
 */
@BothDatabases
class WholeAccountJourneyTests extends BrowserTest {

	static final String QUARTER = "2026-Q3";

	BrowserContext context;

	Page page;

	/** Script and console errors of every page the journey opens. */
	List<String> consoleErrors;

	TestUsers users;

	String marker;

	long accountId;

	@BeforeEach
	void newContext() {
		users = new TestUsers(new Api(port));
		marker = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		context = newBrowserContext();
		page = context.newPage();
		consoleErrors = Chromium.consoleErrors(page);
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	@Test
	void recordsEveryKindOnOneAccountAndFindsThemOnTheTimelineAndInTheQuarterlyReport() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		signIn(page, manager.username());
		String accountName = "全程 " + marker + " 机械有限公司";
		accountId = createAccount(accountName);
		addContact("陈静 " + marker);
		shoot("account");

		logCommunication();
		addContract();
		addOrder(marker + "-Q3", "2026-07-15", "Hydraulic pump", "3", "12000");
		addOrder(marker + "-Q2", "2026-05-20", "Valve set", "1", "24000");
		recordSurvey();
		registerAndResolveComplaint();
		addServicePlan();
		addDevelopmentPlan();
		analystWritesMarketReport();

		timelineShowsEveryKind();

		generateReport();
		assertThat(page.locator("h1")).hasText("Periodic report · Q3 2026");
		shoot("report");
		assertThat(section("account")).containsText(accountName);
		assertThat(section("account")).containsText("陈静 " + marker);
		assertThat(consoleErrors).as("console errors (CSP, scripts)").isEmpty();
		// Written ahead of the record modules' report sections: each is to show what was
		// entered above for the quarter.
		assertThat(section("sales")).containsText(marker + "-Q3");
		// this quarter's 36,000 against the previous quarter's 24,000
		assertThat(section("sales")).containsText("36,000");
		assertThat(section("sales")).containsText("24,000");
		assertThat(section("contracts")).containsText("HT-" + marker);
		assertThat(section("development-plans")).containsText("Growth plan " + marker);
		assertThat(section("service-plans")).containsText("Quarterly line check " + marker);
		assertThat(section("complaints")).containsText("Two pallets missing " + marker);
		// the one answer of 10 makes an NPS of 100 (or a mean recommendation of 10)
		assertThat(section("surveys"))
			.containsText(Pattern.compile("(NPS|Net Promoter)\\D*10", Pattern.CASE_INSENSITIVE));
		assertThat(section("communications")).containsText("Quarterly review " + marker);
	}

	void logCommunication() {
		page.navigate(url("/accounts/" + accountId + "?tab=communications"));
		assertThat(page.locator("#communications")).containsText("No communications yet.");
		page.locator("#communications a", new Page.LocatorOptions().setHasText("Record a communication")).click();
		page.waitForURL(url("/accounts/" + accountId + "/communications/new"));
		page.locator("#channel").selectOption("MEETING");
		page.locator("#occurredAt").fill("2026-08-18T10:00");
		page.locator("#subject").fill("Quarterly review " + marker);
		page.getByLabel("陈静 " + marker, new Page.GetByLabelOptions().setExact(false)).check();
		page.locator("#outcome").fill("They want a second line");
		page.locator("#nextStep").fill("Send the line quotation " + marker);
		page.locator("#nextStepDue").fill("2026-08-25");
		page.locator("main button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/accounts/" + accountId + "\\?tab=communications$"));
		assertThat(page.locator(".alert-success")).containsText("Communication recorded.");
		assertThat(page.locator("#communications tbody")).containsText("Quarterly review " + marker);
		assertThat(page.locator("#communications tbody")).containsText("陈静 " + marker);
		shoot("communications");
	}

	void addContract() {
		page.navigate(url("/accounts/" + accountId + "?tab=contracts"));
		assertThat(page.locator("#account-tab")).containsText("No contracts yet.");
		page.locator("#account-tab a", new Page.LocatorOptions().setHasText("Add contract")).click();
		page.locator("#number").fill("HT-" + marker);
		page.locator("#title").fill("年度采购合同 " + marker);
		page.locator("#type").selectOption("PURCHASE");
		page.locator("#status").selectOption("ACTIVE");
		page.locator("#signedOn").fill("2026-07-08");
		page.locator("#startsOn").fill("2026-07-10");
		page.locator("#endsOn").fill("2027-07-09");
		page.locator("#amount").fill("480000");
		page.locator("#contract-form button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/accounts/" + accountId + "/contracts/\\d+$"));
		assertThat(page.locator("h1")).containsText("HT-" + marker);
		shoot("contract");
	}

	void addOrder(String orderNo, String date, String product, String quantity, String unitPrice) {
		page.navigate(url("/accounts/" + accountId + "?tab=sales"));
		page.locator("#sales a:has-text('Add order')").click();
		page.waitForURL(url("/accounts/" + accountId + "/sales/new"));
		page.locator("#orderNo").fill(orderNo);
		page.locator("#orderDate").fill(date);
		page.locator("[id='lines0.product']").fill(product);
		page.locator("[id='lines0.quantity']").fill(quantity);
		page.locator("[id='lines0.unitPrice']").fill(unitPrice);
		page.locator("#save-order").click();
		page.waitForURL(url("/accounts/" + accountId + "?tab=sales"));
		assertThat(page.locator("#sales")).containsText(orderNo);
		shoot("sales");
	}

	void recordSurvey() {
		page.navigate(url("/accounts/" + accountId + "?tab=surveys"));
		assertThat(page.locator("#survey-list")).containsText("No surveys yet.");
		page.locator("#survey-list a", new Page.LocatorOptions().setHasText("Add survey")).click();
		page.locator("#surveyedOn").fill("2026-09-08");
		page.locator("#respondentContactId").selectOption(new SelectOption().setLabel("陈静 " + marker + " · 采购经理"));
		page.locator("#productQuality").selectOption("4");
		page.locator("#serviceAttitude").selectOption("5");
		page.locator("#responseSpeed").selectOption("3");
		page.locator("#overall").selectOption("4");
		page.locator("#nps").selectOption("10");
		page.locator("#suggestions").fill("Faster spare parts " + marker);
		page.locator("main button[type=submit]").click();
		page.waitForURL(url("/accounts/" + accountId + "?tab=surveys"));
		assertThat(page.locator(".alert-success")).containsText("The survey was saved.");
		assertThat(page.locator("#survey-list tbody")).containsText("Faster spare parts " + marker);
		shoot("survey");
	}

	void registerAndResolveComplaint() {
		page.navigate(url("/accounts/" + accountId + "?tab=complaints"));
		assertThat(page.locator("#complaints")).containsText("No complaints.");
		page.locator("#complaints").getByText("Add complaint").click();
		page.waitForURL(Pattern.compile(".*/complaints/new$"));
		page.locator("#receivedAt").fill("2026-09-02T09:30");
		page.locator("#channel").selectOption("PHONE");
		page.locator("#category").selectOption("DELIVERY");
		page.locator("#severity").selectOption("HIGH");
		page.locator("#description").fill("Two pallets missing " + marker + " from the August delivery");
		page.locator("main button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/accounts/" + accountId + "\\?tab=complaints$"));
		assertThat(page.locator("#complaints tbody")).containsText("Two pallets missing " + marker);

		page.locator("#complaints tbody").getByText("Edit").click();
		page.waitForURL(Pattern.compile(".*/complaints/\\d+/edit$"));
		page.locator("#status").selectOption("RESOLVED");
		page.locator("#resolution").fill("Sent the pallets by express");
		page.locator("#complaint-form button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/accounts/" + accountId + "\\?tab=complaints$"));
		assertThat(page.locator("#complaints tbody")).containsText("Resolved");
		shoot("complaints");
	}

	void addServicePlan() {
		page.navigate(url("/accounts/" + accountId + "?tab=service-plans"));
		page.locator("#service-plans a", new Page.LocatorOptions().setHasText("Add service plan")).click();
		page.locator("#service").fill("Quarterly line check " + marker);
		page.locator("#method").selectOption("ON_SITE");
		page.locator("#recurrence").selectOption("NONE");
		page.locator("#dueOn").fill("2026-08-20");
		page.locator("main button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*tab=service-plans$"));
		assertThat(page.locator("#service-plans tbody")).containsText("Quarterly line check " + marker);
		shoot("service-plans");
	}

	void addDevelopmentPlan() {
		page.navigate(url("/accounts/" + accountId + "?tab=development-plans"));
		page.locator("#development-plans a", new Page.LocatorOptions().setHasText("Add development plan")).click();
		page.locator("#title").fill("Growth plan " + marker);
		page.locator("#periodStart").fill("2026-07-01");
		page.locator("#periodEnd").fill("2026-12-31");
		page.locator("#revenueTarget").fill("1500000");
		page.locator("#goals").fill("Supply the second line");
		page.locator("[id='milestones0.title']").fill("Second line quoted " + marker);
		page.locator("[id='milestones0.dueOn']").fill("2026-09-15");
		page.locator("[id='milestones0.status']").selectOption("DONE");
		page.locator("#save-plan").click();
		page.waitForURL(Pattern.compile(".*tab=development-plans$"));
		assertThat(page.locator("#development-plans tbody")).containsText("Growth plan " + marker);
		assertThat(page.locator("#development-plans .progress-bar")).containsText("100%");
		assertThat(page.locator("#development-plans .progress-bar")).hasAttribute("style", "width: 100%;");
		shoot("development-plans");
	}

	/**
	 * Account managers do not write market reports (analysts and team managers do): an
	 * analyst colleague writes one about the account, in a browser of their own.
	 */
	void analystWritesMarketReport() {
		TestUsers.User analyst = users.create("ANALYST");
		try (BrowserContext theirs = newBrowserContext()) {
			Page desk = theirs.newPage();
			List<String> errors = Chromium.consoleErrors(desk);
			signIn(desk, analyst.username());
			desk.navigate(url("/accounts/" + accountId + "?tab=market"));
			assertThat(desk.locator("#account-tab")).containsText("No market report concerns this account yet.");
			desk.locator("#account-tab a", new Page.LocatorOptions().setHasText("New report for this account")).click();
			desk.waitForURL(Pattern.compile(".*/market-reports/new\\?accountId=" + accountId));
			assertThat(desk.locator("#linked-" + accountId)).isChecked();
			desk.locator("#title").fill("East China machinery " + marker);
			desk.locator("#industry").fill("机械");
			desk.locator("#period").fill(QUARTER);
			desk.locator("#marketSize").fill("320000000");
			desk.locator("#growthRate").fill("4.5");
			desk.locator("#competitor-0-name").fill("三一重工");
			desk.locator("#competitor-0-share").fill("35");
			desk.locator("#report-form > .d-flex button[type=submit]").click();
			desk.waitForURL(url("/accounts/" + accountId + "?tab=market"));
			assertThat(desk.locator(".alert-success")).containsText("Market report created.");
			assertThat(desk.locator("#account-tab")).containsText("East China machinery " + marker);
			consoleErrors.addAll(errors);
		}
	}

	void timelineShowsEveryKind() {
		page.navigate(url("/accounts/" + accountId + "?tab=timeline"));
		assertThat(page.locator("#timeline")).isVisible();
		timelineHas("Communication", "Quarterly review " + marker);
		timelineHas("Contracts", "HT-" + marker);
		timelineHas("Orders", marker + "-Q3");
		timelineHas("Orders", marker + "-Q2");
		timelineHas("Satisfaction surveys", "NPS 10");
		timelineHas("Complaints", "Two pallets missing " + marker);
		timelineHas("Service plans", "Quarterly line check " + marker);
		timelineHas("Development plans", "Growth plan " + marker);
		timelineHas("Market reports", "East China machinery " + marker);
		shoot("timeline");
	}

	private void timelineHas(String kind, String text) {
		Locator entry = page.locator("#timeline li", new Page.LocatorOptions().setHasText(text));
		assertThat(entry).hasCount(1);
		assertThat(entry.locator(".badge")).hasText(kind);
	}

	void generateReport() {
		page.navigate(url("/accounts/" + accountId + "?tab=reports"));
		assertThat(page.locator("#reports")).containsText("No reports yet.");
		page.locator("#report-generate").click();
		page.waitForURL(url("/accounts/" + accountId + "/reports/new"));
		page.locator("#period").selectOption(QUARTER);
		page.locator("#report-new button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/accounts/" + accountId + "/reports/\\d+$"));
	}

	private Locator section(String key) {
		return page.locator("#section-" + key);
	}

	long createAccount(String name) {
		page.navigate(url("/accounts/new"));
		page.locator("#name").fill(name);
		page.locator("#uscc").fill(BrowserJourneyTests.validUscc());
		page.locator("#status").selectOption("COOPERATING");
		page.locator("#tier").selectOption("A");
		page.locator("#province").selectOption("320000");
		page.locator("#city").selectOption("320500");
		page.locator("#industry").fill("机械");
		page.locator("main button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/accounts/\\d+$"));
		assertThat(page.locator("h1")).hasText(name);
		return Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
	}

	void addContact(String name) {
		page.locator("#contacts a", new Page.LocatorOptions().setHasText("Add contact")).click();
		page.waitForURL(url("/accounts/" + accountId + "/contacts/new"));
		page.locator("#name").fill(name);
		page.locator("#title").fill("采购经理");
		page.locator("#decisionRole").selectOption("DECISION_MAKER");
		page.locator("main button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/accounts/" + accountId + "(#contacts)?$"));
		assertThat(page.locator("#contacts tbody")).containsText(name);
	}

	private BrowserContext newBrowserContext() {
		BrowserContext created = browser
			.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900));
		created.setDefaultTimeout(15_000);
		return created;
	}

	private void signIn(Page on, String username) {
		signIn(on, url(""), username, TestUsers.PASSWORD);
	}

	private void shoot(String step) {
		page.screenshot(new Page.ScreenshotOptions()
			.setPath(BrowserJourneyTests.SCREENSHOTS.resolve("whole-account-" + step + ".png"))
			.setFullPage(true));
	}

}
