package org.kam.browser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.BrowserTest;
import org.kam.support.Chromium;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a careful user notices in a real Chromium: a duplicate said while it is typed, and
 * the small things of issue 9 (item 15).
 */
@H2Test
class CarefulUserBrowserTests extends BrowserTest {

	BrowserContext context;

	Page page;

	TestUsers users;

	TestUsers.User manager;

	String marker;

	/** What the browser console said, CSP violations included. */
	final List<String> console = new ArrayList<>();

	@BeforeEach
	void signIn() {
		users = new TestUsers(new Api(port));
		manager = users.create("ACCOUNT_MANAGER");
		marker = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		console.clear();
		context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 860));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
		page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
		signIn(page, url(""), manager.username(), TestUsers.PASSWORD);
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	long account(String name, String uscc) {
		Map<String, Object> body = new HashMap<>(Map.of("name", name));
		if (uscc != null) {
			body.put("uscc", uscc);
		}
		Api.Response created = manager.api().post("/api/v1/accounts", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	// --- duplicates (item 13) ---

	@Test
	void theUsccCheckSaysWhoHasTheCodeAlready() {
		String uscc = BrowserJourneyTests.validUscc();
		long holder = account("杭州云帆" + marker + "智能科技有限公司", uscc);
		page.navigate(url("/accounts/new"));

		page.locator("#uscc").fill(BrowserJourneyTests.validUscc());
		assertThat(page.locator("#uscc-feedback")).containsText("代码有效");

		page.locator("#uscc").fill(uscc);
		assertThat(page.locator("#uscc-feedback")).containsText("已被客户 杭州云帆" + marker + "智能科技有限公司 使用");
		assertThat(page.locator("#uscc-feedback")).not().containsText("代码有效");
		assertThat(page.locator("#uscc-feedback a")).hasAttribute("href", "/accounts/" + holder);
	}

	@Test
	void aSimilarNameIsSaidWhileTypingAndAskedAboutBeforeCreating() {
		String existing = "杭州云帆" + marker + "智能科技有限公司";
		long first = account(existing, null);
		page.navigate(url("/accounts/new"));

		page.locator("#name").fill("杭州云帆" + marker.toUpperCase() + "智能科技（股份）有限公司");
		assertThat(page.locator("#name-similar")).containsText("已有名称相同或相近的客户");
		assertThat(page.locator("#name-similar a")).hasAttribute("href", "/accounts/" + first);

		page.locator("#name").fill(existing);
		page.locator("#name").press("Enter");
		page.waitForLoadState();
		assertThat(page.locator("#name-similar")).containsText("请确认不是同一家公司");
		assertThat(page).hasURL(Pattern.compile(".*/accounts$"));
		page.locator("#name").press("Enter");
		assertThat(page.locator("#name-similar")).containsText("请确认不是同一家公司");

		page.locator("main form button[name=similarConfirmed]").click();
		page.waitForURL(Pattern.compile(".*/accounts/\\d+$"));
		assertThat(page.locator("h1")).hasText(existing);
		assertThat(page.url()).doesNotEndWith("/accounts/" + first);
	}

	// --- small things (item 15) ---

	@Test
	void complaintReportAndSalesListsUpdateInPlaceLikeTheAccountList() {
		account("Lists " + marker, null);
		record Filter(String path, String field, String value, String param) {
		}
		for (Filter f : List.of(new Filter("/complaints", "#severity", "HIGH", "severity=HIGH"),
				new Filter("/reports", "#kind", "QUARTER", "kind=QUARTER"),
				new Filter("/sales", "#product", marker, "product=" + marker),
				new Filter("/accounts", "#q", marker, "q=" + marker))) {
			page.navigate(url(f.path()));
			assertThat(page.locator("main form button[type=submit]")).hasCount(0);
			page.evaluate("window.kamNotReloaded = true");
			if (page.locator(f.field()).evaluate("e => e.tagName").equals("SELECT")) {
				page.locator(f.field()).selectOption(f.value());
			}
			else {
				page.locator(f.field()).fill(f.value());
			}
			page.waitForURL(Pattern.compile(".*" + Pattern.quote(f.param()) + ".*"));
			assertThat(page.locator("#results")).hasCount(1);
			assertThat(page.evaluate("window.kamNotReloaded === true")).as(f.path()).isEqualTo(true);
		}
		assertThat(console).noneMatch(line -> line.contains("Content Security Policy"));
	}

	@Test
	void filterLabelsStayOnOneLineAndTheReportFiltersLineUp() {
		long id = account("Labels " + marker, null);
		for (int width : new int[] { 1280, 390 }) {
			page.setViewportSize(width, 860);
			page.navigate(url("/accounts/" + id + "?tab=timeline"));
			assertOneLine("label[for=timeline-kind]", width);
			page.navigate(url("/accounts/" + id + "?tab=communications"));
			assertOneLine("label[for=communication-channel]", width);
		}
		page.setViewportSize(1280, 860);
		page.navigate(url("/reports"));
		double period = top("label[for=period]");
		double kind = top("label[for=kind]");
		assertThat(Math.abs(period - kind)).as("类型 beside 期间").isLessThan(2.0);
	}

	@Test
	void theFaviconIsServedAndTheBreadcrumbAndOwnerBoxSpeakChinese() {
		assertThat(page.request().get(url("/favicon.ico")).status()).isEqualTo(200);
		assertThat(page.request().get(url("/favicon.ico")).headers().get("content-type")).contains("icon");

		page.navigate(url("/accounts/new"));
		assertThat(page.locator("nav.breadcrumb, nav:has(ol.breadcrumb)").first()).hasAttribute("aria-label", "当前位置");
		assertThat(console).noneMatch(line -> line.contains("404"));

		try (BrowserContext admin = browser
			.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 860))) {
			Page adminPage = admin.newPage();
			signIn(adminPage, url(""), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
			adminPage.navigate(url("/accounts/new"));
			assertThat(adminPage.locator("#ownerSearch")).hasAttribute("placeholder", "按姓名搜索用户…");
		}
	}

	@Test
	void aCancelledServicePlanShowsNoNextDueDate() {
		long id = account("Plans " + marker, null);
		Map<String, Object> cancelled = new HashMap<>(Map.of("service", "Cancelled " + marker, "method", "ON_SITE",
				"dueOn", "2026-03-01", "status", "CANCELLED"));
		Api.Response created = manager.api().post("/api/v1/accounts/" + id + "/service-plans", cancelled);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);

		page.navigate(url("/accounts/" + id + "?tab=service-plans"));
		com.microsoft.playwright.Locator row = page.locator("#account-tab tr",
				new Page.LocatorOptions().setHasText("Cancelled " + marker));
		// service, schedule (once on 2026-03-01), next due
		assertThat(row.locator("td").nth(2)).hasText("—");

		page.navigate(url("/service-plans?status=CANCELLED&accountId=" + id));
		row = page.locator("main tr", new Page.LocatorOptions().setHasText("Cancelled " + marker));
		// next due first
		assertThat(row.locator("td").nth(0)).hasText("—");
	}

	@Test
	void moneyHasOneFormatOnTheAccountPage() {
		long id = account("Money " + marker, null);
		Map<String, Object> plan = new HashMap<>(
				Map.of("title", "Plan " + marker, "periodStart", "2026-01-01", "periodEnd", "2026-12-31",
						"revenueTarget", "2900000", "milestones", List.of(), "stakeholders", List.of()));
		Api.Response created = manager.api().post("/api/v1/accounts/" + id + "/development-plans", plan);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);

		page.navigate(url("/accounts/" + id + "?tab=development-plans"));

		assertThat(page.locator("#account-tab")).containsText("¥2,900,000.00");
		assertThat(page.locator("#account-tab")).not().containsText("CNY");
	}

	private void assertOneLine(String selector, int width) {
		com.microsoft.playwright.Locator label = page.locator(selector);
		assertThat(label).isVisible();
		double height = label.boundingBox().height;
		double lineHeight = ((Number) label.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)")).doubleValue();
		assertThat(height).as(selector + " at " + width + "px").isLessThan(lineHeight * 1.5);
	}

	private double top(String selector) {
		return page.locator(selector).boundingBox().y;
	}

}
