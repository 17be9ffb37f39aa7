package org.kam.devplan;

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
 * An account manager walks an account's development plans tab in Debian's Chromium: adds
 * a plan with milestones and a stakeholder (rows added by the server), sees it listed
 * with its progress and on its page, edits it.
 */
@H2Test
class DevelopmentPlanBrowserTests extends BrowserTest {

	@Test
	void addsAPlanWithAMilestoneAndAStakeholderAndEditsIt() {
		TestUsers.User owner = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		String marker = "j" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		long accountId = owner.api().post("/api/v1/accounts", Map.of("name", "Journey " + marker)).id();
		long contactId = owner.api()
			.post("/api/v1/accounts/" + accountId + "/contacts", Map.of("name", "Zhang " + marker))
			.id();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
			context.setDefaultTimeout(15_000);
			Page page = context.newPage();
			signIn(page, url(""), owner.username(), TestUsers.PASSWORD);

			page.navigate(url("/accounts/" + accountId + "?tab=development-plans"));
			page.locator("#development-plans a", new Page.LocatorOptions().setHasText("Add development plan")).click();
			page.locator("#title").fill("Growth plan " + marker);
			page.locator("#periodStart").fill("2026-01-01");
			page.locator("#periodEnd").fill("2026-12-31");
			page.locator("#revenueTarget").fill("2500000");
			page.locator("#goals").fill("Become the preferred supplier");
			page.locator("[id='milestones0.title']").fill("Pilot line accepted");
			page.locator("[id='milestones0.status']").selectOption("DONE");
			page.locator("#add-milestone").click();
			page.locator("[id='milestones1.title']").fill("Framework agreement");
			page.locator("#add-stakeholder").click();
			page.locator("[id='stakeholders0.contactId']").selectOption(String.valueOf(contactId));
			page.locator("[id='stakeholders0.influence']").selectOption("HIGH");
			page.locator("[id='stakeholders0.attitude']").selectOption("CHAMPION");
			page.locator("[id='stakeholders0.nextMove']").fill("Invite to the plant");
			assertThat(page.locator("[id='milestones0.title']")).hasValue("Pilot line accepted");
			page.locator("#save-plan").click();
			page.waitForURL(Pattern.compile(".*tab=development-plans$"));
			assertThat(page.locator("#development-plans tbody")).containsText("Growth plan " + marker);
			assertThat(page.locator("#development-plans .progress-bar")).containsText("50%");

			page.locator("#development-plans tbody a", new Page.LocatorOptions().setHasText("Growth plan " + marker))
				.click();
			assertThat(page.locator("#stakeholder-grid")).containsText("Zhang " + marker);
			assertThat(page.locator("#devplan-milestones")).containsText("Framework agreement");

			page.locator("main a", new Page.LocatorOptions().setHasText("Edit")).first().click();
			page.locator("#title").fill("Growth plan 2026 " + marker);
			page.locator("[id='milestones1.status']").selectOption("DONE");
			page.locator("#save-plan").click();
			page.waitForURL(Pattern.compile(".*tab=development-plans$"));
			assertThat(page.locator("#development-plans tbody")).containsText("Growth plan 2026 " + marker);
			assertThat(page.locator("#development-plans .progress-bar")).containsText("100%");
			context.close();
		}
	}

}
