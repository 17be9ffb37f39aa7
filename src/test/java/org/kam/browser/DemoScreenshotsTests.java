package org.kam.browser;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kam.support.BrowserTest;
import org.kam.support.Chromium;
import org.kam.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Screenshots of the main pages over demo data, in both languages, for the README and for
 * reviewing the look (target/screenshots/demo-*.png).
 */
@ExtendWith(Chromium.class)
@DemoDataApplication
class DemoScreenshotsTests {

	@LocalServerPort
	int port;

	@Test
	void mainPagesOverDemoDataInBothLanguages() {
		try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright)) {
			for (String locale : new String[] { "en-US", "zh-CN" }) {
				BrowserContext context = browser
					.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1280, 900));
				Page page = context.newPage();
				String suffix = locale.startsWith("zh") ? "zh-CN" : "en";
				BrowserTest.signIn(page, url(""), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
				shoot(page, "demo-home-" + suffix);
				page.navigate(url("/accounts?status=COOPERATING&sort=updatedAt,desc"));
				assertThat(page.locator("#results tbody tr")).hasCount(20);
				shoot(page, "demo-accounts-" + suffix);
				// one account per language: a period has one report, generated below
				page.locator("#results tbody tr").nth(suffix.equals("en") ? 0 : 1).locator("a").first().click();
				page.waitForURL(Pattern.compile(".*/accounts/\\d+$"));
				shoot(page, "demo-account-" + suffix);
				String account = page.url().replaceFirst("^.*(/accounts/\\d+)$", "$1");
				page.navigate(url(account + "?tab=sales"));
				page.locator("#sales").waitFor();
				shoot(page, "demo-sales-" + suffix);
				page.navigate(url(account + "/reports/new"));
				page.locator("#period").selectOption(previousQuarter());
				page.locator("#report-new button[type=submit]").click();
				page.waitForURL(Pattern.compile(".*/reports/\\d+$"));
				shoot(page, "demo-report-" + suffix);
				context.close();
				phoneShots(browser, locale, suffix, account);
			}
		}
	}

	/**
	 * The same pages at phone width (390 × 844), as target/screenshots/demo-phone-*.png:
	 * the menu folded, the lists with their key columns.
	 */
	private void phoneShots(Browser browser, String locale, String suffix, String account) {
		try (BrowserContext phone = browser
			.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(390, 844))) {
			Page page = phone.newPage();
			BrowserTest.signIn(page, url(""), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
			shoot(page, "demo-phone-home-" + suffix);
			page.navigate(url("/accounts?status=COOPERATING&sort=updatedAt,desc"));
			shoot(page, "demo-phone-accounts-" + suffix);
			page.navigate(url(account));
			shoot(page, "demo-phone-account-" + suffix);
			page.navigate(url("/sales"));
			shoot(page, "demo-phone-sales-" + suffix);
			page.locator(".kam-menu-toggler").click();
			shoot(page, "demo-phone-menu-" + suffix);
		}
	}

	/** The last whole quarter in the company's time zone, e.g. 2026-Q3 in December. */
	private static String previousQuarter() {
		LocalDate inIt = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(3);
		return inIt.getYear() + "-Q" + ((inIt.getMonthValue() - 1) / 3 + 1);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void shoot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(BrowserJourneyTests.SCREENSHOTS.resolve(name + ".png"))
			.setFullPage(false));
	}

}
