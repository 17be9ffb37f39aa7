package org.kam.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
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
 * An account manager generates a quarterly report from the account's tab, writes its
 * summary and downloads the PDF, in a real Chromium (Debian's, as the archive's browser
 * journeys use).
 */
@H2Test
class ReportBrowserTests extends BrowserTest {

	@Test
	void generatesAQuarterlyReportWritesItsSummaryAndDownloadsThePdf() {
		TestUsers.User manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		String name = "华信科技 " + UUID.randomUUID().toString().substring(0, 8);
		long accountId = ReportFixtures.account(manager, name, ReportFixtures.validUscc());
		ReportFixtures.contact(manager, accountId, "王建国", "总经理", "DECISION_MAKER");
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 860))) {
			context.setDefaultTimeout(15_000);
			Page page = context.newPage();
			signIn(page, url(""), manager.username(), TestUsers.PASSWORD);

			page.navigate(url("/accounts/" + accountId + "?tab=reports"));
			assertThat(page.locator("#reports")).containsText("No reports yet.");
			page.locator("#report-generate").click();
			page.waitForURL(url("/accounts/" + accountId + "/reports/new"));
			page.locator("#period").selectOption("2026-Q3");
			page.locator("#report-new button[type=submit]").click();
			page.waitForURL(Pattern.compile(".*/accounts/" + accountId + "/reports/\\d+$"));
			assertThat(page.locator("h1")).hasText("Periodic report · Q3 2026");
			assertThat(page.locator("#section-account")).containsText(name);
			assertThat(page.locator("#section-account")).containsText("王建国");

			page.locator("#summary").fill("稳定增长的一个季度。");
			page.locator("#report-edit button[type=submit]").click();
			assertThat(page.locator(".alert-success")).containsText("saved as a new version");
			assertThat(page.locator("#report-summary")).containsText("稳定增长的一个季度。");
			assertThat(page.locator("#report-versions")).containsText("Version 2");
			page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "report-en.png"))
				.setFullPage(true));

			String pdf = page.locator("#report-pdf").getAttribute("href");
			APIResponse download = page.request().get(url(pdf));
			assertThat(download.status()).isEqualTo(200);
			assertThat(download.headers().get("content-type")).startsWith("application/pdf");
			assertThat(download.headers().get("content-disposition")).startsWith("attachment;");
			assertThat(new String(download.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

			page.navigate(url("/accounts/" + accountId + "?tab=reports"));
			assertThat(page.locator("#reports tbody")).containsText("Q3 2026");
			assertThat(page.locator("#reports tbody")).containsText("Version 2");
		}
	}

}
