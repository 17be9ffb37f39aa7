package org.kam.market;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.BrowserTest;
import org.kam.support.Chromium;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A team manager walks an account through its market reports tab in a real Chromium: adds
 * a report with competitors, sees it listed and charted, edits it. Set up as
 * org.kam.browser's journeys (Debian's Chromium; skipped without one, except in CI).
 */
@H2Test
class MarketReportBrowserTests extends BrowserTest {

	@Test
	void addsAReportFromTheAccountTabSeesItListedAndChartedAndEditsIt() {
		TestUsers users = new TestUsers(new Api(port));
		TestUsers.User manager = users.create("MANAGER");
		String marker = "bm" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		long accountId = manager.api()
			.post("/api/v1/accounts", Map.of("name", "Browser Co " + marker, "industry", "物流", "province", "广东省"))
			.id();
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900))) {
			context.setDefaultTimeout(20_000);
			Page page = context.newPage();
			signIn(page, url(""), manager.username(), TestUsers.PASSWORD);

			page.navigate(url("/accounts/" + accountId + "?tab=market"));
			assertThat(page.locator("#account-tab")).containsText("No market report concerns this account yet.");
			page.locator("#account-tab a", new Page.LocatorOptions().setHasText("New report for this account")).click();
			page.waitForURL(Pattern.compile(".*/market-reports/new\\?accountId=" + accountId));
			assertThat(page.locator("#linked-" + accountId)).isChecked();
			assertThat(page.locator("#province")).hasValue("广东省");

			page.locator("#title").fill("South China logistics " + marker);
			page.locator("#industry").fill("物流");
			page.locator("#period").fill("2026-H1");
			page.locator("#marketSize").fill("850000000");
			page.locator("#growthRate").fill("6.5");
			page.locator("#competitor-0-name").fill("顺丰速运");
			page.locator("#competitor-0-share").fill("60");
			page.locator("#competitor-1-name").fill("DHL");
			page.locator("#competitor-1-share").fill("50");
			page.locator("main .kam-page-title button[type=submit]").click();
			assertThat(page.locator("#competitors-error")).containsText("add up to 110%");

			page.locator("#competitor-1-share").fill("25");
			page.locator("#add-competitor").click();
			page.locator("#competitor-3-name").fill("Maersk");
			page.locator("#competitor-3-share").fill("5");
			page.locator("#report-form > .d-flex button[type=submit]").click();
			page.waitForURL(url("/accounts/" + accountId + "?tab=market"));
			assertThat(page.locator(".alert-success")).containsText("Market report created.");
			assertThat(page.locator("#account-tab")).containsText("South China logistics " + marker);
			assertThat(page.locator("#account-tab")).containsText("2026-H1");

			page.locator("#account-tab a", new Page.LocatorOptions().setHasText("South China logistics")).click();
			page.waitForURL(Pattern.compile(".*/market-reports/\\d+$"));
			assertThat(page.locator("#competitor-chart canvas")).hasAttribute("data-drawn", "true");
			assertThat(page.locator("#competitors")).containsText("Others");
			assertThat(page.locator("#competitors")).containsText("10%");
			assertThat(page.locator("#linked-accounts")).containsText("Browser Co " + marker);

			page.navigate(url("/accounts/" + accountId + "?tab=market"));
			page.locator("#account-tab a", new Page.LocatorOptions().setHasText("Edit")).click();
			page.waitForURL(Pattern.compile(".*/market-reports/\\d+/edit\\?fromAccount=" + accountId));
			assertThat(page.locator("#period")).hasValue("2026-H1");
			page.locator("#title").fill("South China logistics (revised) " + marker);
			page.locator("#competitor-2-name").fill("");
			page.locator("#competitor-2-share").fill("");
			page.locator("main .kam-page-title button[type=submit]").click();
			page.waitForURL(url("/accounts/" + accountId + "?tab=market"));
			assertThat(page.locator(".alert-success")).containsText("Market report saved.");
			assertThat(page.locator("#account-tab")).containsText("South China logistics (revised) " + marker);
		}
	}

}
