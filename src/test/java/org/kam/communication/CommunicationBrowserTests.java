package org.kam.communication;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * An account manager records a meeting on an account's communications tab, finds it
 * listed, corrects it, and meets its next step on "my day", in a real Chromium (set up as
 * in org.kam.browser.BrowserJourneyTests).
 */
@H2Test
class CommunicationBrowserTests extends BrowserTest {

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	@Test
	void recordsAMeetingSeesItListedEditsItAndFindsTheNextStepOnMyDay() {
		TestUsers users = new TestUsers(new Api(port));
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		String marker = "j" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		long accountId = manager.api().post("/api/v1/accounts", Map.of("name", "Journey " + marker + " 有限公司")).id();
		long contactId = manager.api()
			.post("/api/v1/accounts/" + accountId + "/contacts", Map.of("name", "陈静 " + marker))
			.id();
		String due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString();

		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900))) {
			context.setDefaultTimeout(15_000);
			Page page = context.newPage();
			signIn(page, url(""), manager.username(), TestUsers.PASSWORD);

			page.navigate(url("/accounts/" + accountId + "?tab=communications"));
			assertThat(page.locator("#communications")).containsText("No communications yet.");
			page.locator("#communications a", new Page.LocatorOptions().setHasText("Record a communication")).click();
			page.waitForURL(url("/accounts/" + accountId + "/communications/new"));

			page.locator("#channel").selectOption("MEETING");
			page.locator("#occurredAt").fill("2026-11-20T15:30");
			page.locator("#subject").fill("Annual review " + marker);
			page.locator("#contact-" + contactId).check();
			page.locator("#outcome").fill("They will renew");
			page.locator("#nextStep").fill("Send the renewal draft " + marker);
			page.locator("#nextStepDue").fill(due);
			page.locator("main button[type=submit]").click();

			page.waitForURL(Pattern.compile(".*/accounts/" + accountId + "\\?tab=communications$"));
			assertThat(page.locator(".alert-success")).containsText("Communication recorded.");
			assertThat(page.locator("#communications tbody tr")).hasCount(1);
			assertThat(page.locator("#communications tbody")).containsText("Annual review " + marker);
			assertThat(page.locator("#communications tbody")).containsText("陈静 " + marker);
			assertThat(page.locator("#communications tbody")).containsText("Meeting");
			screenshot(page, "communications-tab");

			page.locator("#communications tbody a", new Page.LocatorOptions().setHasText("Edit")).click();
			assertThat(page.locator("#occurredAt")).hasValue("2026-11-20T15:30");
			assertThat(page.locator("#nextStepDue")).hasValue(due);
			page.locator("#subject").fill("Annual review (signed) " + marker);
			page.locator("main button[type=submit]").click();
			page.waitForURL(Pattern.compile(".*/accounts/" + accountId + "\\?tab=communications$"));
			assertThat(page.locator("#communications tbody")).containsText("Annual review (signed) " + marker);

			page.navigate(url("/"));
			assertThat(page.locator("#due-next-steps")).containsText("Send the renewal draft " + marker);
			page.locator("#due-next-steps button", new Page.LocatorOptions().setHasText("Mark done")).click();
			page.waitForURL(url("/"));
			assertThat(page.locator("#due-next-steps")).not().containsText("Send the renewal draft " + marker);
		}
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-en.png")).setFullPage(true));
	}

}
