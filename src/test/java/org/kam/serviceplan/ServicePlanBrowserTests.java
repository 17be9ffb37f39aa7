package org.kam.serviceplan;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.BrowserTest;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An account manager walks an account's service plans tab in Debian's Chromium: adds a
 * plan, sees it listed, edits it, marks it done, finds it on the service plans page.
 */
@H2Test
class ServicePlanBrowserTests extends BrowserTest {

	@Test
	void addsListsEditsAndCompletesAServicePlan() {
		TestUsers.User owner = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		String marker = "j" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		long accountId = owner.api().post("/api/v1/accounts", Map.of("name", "Journey " + marker)).id();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
			context.setDefaultTimeout(15_000);
			Page page = context.newPage();
			signIn(page, url(""), owner.username(), TestUsers.PASSWORD);

			page.navigate(url("/accounts/" + accountId + "?tab=service-plans"));
			page.locator("#service-plans a", new Page.LocatorOptions().setHasText("Add service plan")).click();
			page.locator("#service").fill("Monthly review " + marker);
			page.locator("#recurrence").selectOption("MONTHLY");
			page.locator("#dueOn").fill("");
			page.locator("#startsOn").fill("2025-01-31");
			page.locator("main button[type=submit]").click();
			page.waitForURL(Pattern.compile(".*tab=service-plans$"));
			assertThat(page.locator("#service-plans tbody")).containsText("Monthly review " + marker);
			assertThat(page.locator("#service-plans tbody")).containsText("Overdue");

			page.locator("#service-plans a", new Page.LocatorOptions().setHasText("Edit")).first().click();
			page.locator("#service").fill("Monthly visit " + marker);
			page.locator("#method").selectOption("ON_SITE");
			page.locator("main button[type=submit]").click();
			page.waitForURL(Pattern.compile(".*tab=service-plans$"));
			assertThat(page.locator("#service-plans tbody")).containsText("Monthly visit " + marker);
			assertThat(page.locator("#service-plans tbody")).containsText("On site");

			page.locator("#service-plans button", new Page.LocatorOptions().setHasText("Done")).first().click();
			page.waitForURL(Pattern.compile(".*tab=service-plans$"));
			assertThat(page.locator(".alert-success")).containsText("Occurrence marked done");

			page.navigate(url("/service-plans"));
			assertThat(page.locator("#results tbody")).containsText("Monthly visit " + marker);
			page.locator("#overdue").selectOption("false");
			assertThat(page).hasURL(Pattern.compile(".*overdue=false.*"));
			assertThat(page.locator("#results tbody")).not().containsText("Monthly visit " + marker);
			context.close();
		}
	}

}
