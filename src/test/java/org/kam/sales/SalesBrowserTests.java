package org.kam.sales;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One account through its sales tab in a real Chromium: add an order with two lines, see
 * it and the chart, edit it.
 */
@H2Test
class SalesBrowserTests extends BrowserTest {

	@Test
	void addsAnOrderWithTwoLinesSeesItOnTheTabAndEditsIt() {
		TestUsers users = new TestUsers(new Api(port));
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		String marker = "g" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		long accountId = manager.api()
			.post("/api/v1/accounts", Map.of("name", "Browser Sales " + marker, "status", "COOPERATING"))
			.id();
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900))) {
			context.setDefaultTimeout(15_000);
			Page page = context.newPage();
			List<String> consoleErrors = Chromium.consoleErrors(page);
			signIn(page, url(""), manager.username(), TestUsers.PASSWORD);

			page.navigate(url("/accounts/" + accountId + "?tab=sales"));
			assertThat(page.locator("#sales")).containsText("No orders yet");
			page.locator("#sales a:has-text('Add order')").click();
			page.waitForURL(url("/accounts/" + accountId + "/sales/new"));

			page.locator("#orderNo").fill(marker + "-1");
			page.locator("#orderDate").fill("2026-03-01");
			page.locator("[id='lines0.product']").fill("Hydraulic pump");
			page.locator("[id='lines0.quantity']").fill("2");
			page.locator("[id='lines0.unitPrice']").fill("1200");
			page.locator("#add-line").click();
			page.locator("[id='lines1.product']").fill("Valve set");
			page.locator("[id='lines1.quantity']").fill("3");
			page.locator("[id='lines1.unitPrice']").fill("99.5");
			assertThat(page.locator("[id='lines0.product']")).hasValue("Hydraulic pump");
			page.locator("#save-order").click();

			page.waitForURL(url("/accounts/" + accountId + "?tab=sales"));
			assertThat(page.locator("#sales")).containsText(marker + "-1");
			assertThat(page.locator("#sales")).containsText("CN¥2,698.50");
			assertThat(page.locator("#sales canvas[data-chart=bar][data-drawn=true]")).hasCount(1);
			shoot(page, "sales-tab");

			page.locator("#sales a:has-text('Edit')").click();
			page.waitForURL(url("/accounts/" + accountId + "/sales/*/edit"));
			page.locator("button[name=removeLine][value='1']").click();
			assertThat(page.locator("[id='lines1.product']")).hasCount(0);
			page.locator("[id='lines0.quantity']").fill("3");
			page.locator("#save-order").click();

			page.waitForURL(url("/accounts/" + accountId + "?tab=sales"));
			assertThat(page.locator("#sales")).containsText("CN¥3,600.00");
			assertThat(page.locator("#sales")).not().containsText("Valve set");
			assertThat(consoleErrors).as("console errors (CSP, scripts)").isEmpty();
		}
		assertThat(manager.api().get("/api/v1/accounts/" + accountId + "/sales").json().get("total").asLong())
			.isEqualTo(1);
	}

	private static void shoot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + "-en.png"))
			.setFullPage(true));
	}

}
