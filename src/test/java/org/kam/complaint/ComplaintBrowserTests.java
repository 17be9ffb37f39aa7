package org.kam.complaint;

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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One account's complaints tab in a real Chromium: add a complaint, see it listed, move
 * it on.
 */
@H2Test
class ComplaintBrowserTests extends BrowserTest {

	@Test
	void addsAComplaintSeesItListedAndResolvesIt() {
		TestUsers users = new TestUsers(new Api(port));
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		String marker = "z" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		Api.Response account = manager.api().post("/api/v1/accounts", Map.of("name", "Browser " + marker, "tier", "A"));
		assertThat(account.status()).as(account.toString()).isEqualTo(201);
		long accountId = account.id();

		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 860))) {
			context.setDefaultTimeout(15_000);
			Page page = context.newPage();
			signIn(page, url(""), manager.username(), TestUsers.PASSWORD);

			page.navigate(url("/accounts/" + accountId + "?tab=complaints"));
			assertThat(page.locator("#complaints")).containsText("No complaints.");
			page.locator("#complaints").getByText("Add complaint").click();
			page.waitForURL(Pattern.compile(".*/complaints/new$"));

			page.locator("#receivedAt").fill("2026-03-02T10:15");
			page.locator("#channel").selectOption("WECHAT");
			page.locator("#category").selectOption("DELIVERY");
			page.locator("#severity").selectOption("CRITICAL");
			page.locator("#description").fill("Two pallets missing " + marker);
			page.locator("#complaint-form button[type=submit]").click();
			page.waitForURL(Pattern.compile(".*/accounts/" + accountId + "\\?tab=complaints$"));

			assertThat(page.locator("#complaints tbody")).containsText("Two pallets missing " + marker);
			assertThat(page.locator("#complaints tbody")).containsText("Critical");
			assertThat(page.locator("#complaints tbody")).containsText("Breaching its target");

			page.locator("#complaints tbody").getByText("Edit").click();
			page.waitForURL(Pattern.compile(".*/complaints/\\d+/edit$"));
			page.locator("#status").selectOption("RESOLVED");
			page.locator("#complaint-form button[type=submit]").click();
			assertThat(page.locator("#resolution-error")).containsText("is required to resolve the complaint");

			page.locator("#resolution").fill("Sent the pallets by express");
			page.locator("#complaint-form button[type=submit]").click();
			page.waitForURL(Pattern.compile(".*/accounts/" + accountId + "\\?tab=complaints$"));
			assertThat(page.locator("#complaints tbody")).containsText("Resolved");

			page.navigate(url("/complaints?accountId=" + accountId));
			assertThat(page.locator("#results tbody tr")).hasCount(1);
			assertThat(page.locator("#results tbody")).containsText("Browser " + marker);
			assertThat(page.locator("#results tbody")).containsText("Key account");
		}
	}

}
