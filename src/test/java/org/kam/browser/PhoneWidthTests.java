package org.kam.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.BrowserTest;
import org.kam.support.Chromium;
import org.kam.support.TestUsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * KAM on a phone (390 × 844) over demo data, in both languages: the menu folds behind its
 * toggler, no list page scrolls sideways and list rows stay short, "my day" shows the
 * counts and the coming week with the overdue folded; a desktop still shows the whole
 * menu. Phone screenshots go to target/screenshots/phone-*.png.
 */
@DemoDataApplication
class PhoneWidthTests extends BrowserTest {

	static final int PHONE_WIDTH = 390;

	static final int PHONE_HEIGHT = 844;

	/** Taller than this, a list row shows less than one record per thumb-scroll. */
	static final int MAX_ROW_HEIGHT = 80;

	static final List<String> LISTS = List.of("/accounts", "/communications", "/contracts", "/sales", "/surveys",
			"/complaints", "/service-plans", "/development-plans", "/market-reports", "/reports", "/notifications",
			"/admin/users");

	static final String[] LOCALES = { "en-US", "zh-CN" };

	@Test
	void onAPhoneTheMenuFoldsBehindItsTogglerAndADesktopShowsItWhole() {
		for (String locale : LOCALES) {
			try (BrowserContext phone = context(locale, PHONE_WIDTH, PHONE_HEIGHT)) {
				Page page = phone.newPage();
				List<String> errors = Chromium.consoleErrors(page);
				signIn(page, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
				page.navigate(url("/accounts"));
				assertThat(page.locator(".kam-menu-toggler")).isVisible();
				assertThat(page.locator(".kam-menu-toggler")).hasAttribute("aria-expanded", "false");
				assertThat(page.locator("#kam-menu a[href='/accounts']")).isHidden();
				assertThat(page.locator("#main")).isInViewport();
				page.locator(".kam-menu-toggler").click();
				assertThat(page.locator("#kam-menu a[href='/accounts']")).isVisible();
				assertThat(page.locator("#kam-menu a[href='/sales']")).isVisible();
				assertThat(page.locator(".kam-menu-toggler")).hasAttribute("aria-expanded", "true");
				shoot(page, "phone-menu-open-" + lang(locale));
				page.locator(".kam-menu-toggler").click();
				assertThat(page.locator("#kam-menu a[href='/accounts']")).isHidden();
				assertThat(errors).as("console errors (CSP, scripts)").isEmpty();
			}
			try (BrowserContext desktop = context(locale, 1280, 900)) {
				Page page = desktop.newPage();
				signIn(page, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
				assertThat(page.locator(".kam-menu-toggler")).isHidden();
				for (String list : LISTS) {
					assertThat(page.locator("#kam-menu a[href='" + list + "']")).isVisible();
				}
			}
		}
	}

	@Test
	void noListScrollsSidewaysOnAPhoneAndItsRowsStayShort() {
		for (String locale : LOCALES) {
			try (BrowserContext phone = context(locale, PHONE_WIDTH, PHONE_HEIGHT)) {
				Page page = phone.newPage();
				List<String> errors = Chromium.consoleErrors(page);
				signIn(page, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
				List<String> problems = new ArrayList<>();
				for (String list : LISTS) {
					page.navigate(url(list));
					check(page, list, problems);
					shoot(page, "phone" + list.replace('/', '-') + "-" + lang(locale));
				}
				// the account page and each of its tabs, on an account with records of
				// every kind
				page.navigate(url("/accounts?tier=A&sort=updatedAt,desc"));
				page.locator("#results tbody tr a").first().click();
				page.waitForURL(Pattern.compile(".*/accounts/\\d+$"));
				String account = page.url().replaceFirst("^.*(/accounts/\\d+)$", "$1");
				List<String> tabs = page.locator("#account-sections a.nav-link")
					.all()
					.stream()
					.map(a -> a.getAttribute("href"))
					.toList();
				assertThat(tabs).hasSizeGreaterThan(8);
				for (String tab : tabs) {
					page.navigate(url(tab));
					check(page, tab, problems);
					shoot(page, "phone-account-" + tab.replaceFirst(".*tab=", "").replaceFirst("^/.*", "archive") + "-"
							+ lang(locale));
				}
				page.navigate(url(account + "?tab=sales"));
				shoot(page, "phone-account-sales-" + lang(locale));
				assertThat(problems).as("pages too wide or rows too tall at " + PHONE_WIDTH + " px").isEmpty();
				assertThat(errors).as("console errors (CSP, scripts)").isEmpty();
			}
		}
	}

	@Test
	void myDayOnAPhoneAndADesktopShowsTheCountsAndTheComingWeekWithTheOverdueFolded() {
		TestUsers.User manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		long accountId = manager.api().post("/api/v1/accounts", Map.of("name", "晨曦物流有限公司")).id();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		nextStep(manager, accountId, "Old overdue step", today.minusDays(30));
		nextStep(manager, accountId, "Recent overdue step", today.minusDays(2));
		nextStep(manager, accountId, "Today's step", today);
		nextStep(manager, accountId, "This week's step", today.plusDays(4));
		for (String locale : LOCALES) {
			for (int[] size : new int[][] { { PHONE_WIDTH, PHONE_HEIGHT }, { 1280, 900 } }) {
				try (BrowserContext context = context(locale, size[0], size[1])) {
					Page page = context.newPage();
					List<String> errors = Chromium.consoleErrors(page);
					signIn(page, manager.username(), TestUsers.PASSWORD);
					boolean en = locale.startsWith("en");
					assertThat(page.locator("#due-count-overdue")).hasText(en ? "Overdue: 2" : "已逾期：2");
					assertThat(page.locator("#due-count-today")).hasText(en ? "Due today: 1" : "今天到期：1");
					assertThat(page.locator("#due-count-week")).hasText(en ? "Coming week: 1" : "未来一周：1");
					assertThat(page.locator("#due-upcoming")).containsText("Today's step");
					assertThat(page.locator("#due-upcoming")).containsText("This week's step");
					assertThat(page.locator("#due-upcoming .kam-due-step").first()).isInViewport();
					assertThat(page.locator("#due-overdue")).not().hasAttribute("open", "");
					assertThat(page.getByText("Recent overdue step")).isHidden();
					String name = (size[0] == PHONE_WIDTH ? "phone" : "desktop") + "-my-day-" + lang(locale);
					shoot(page, name);
					page.locator("#due-overdue summary").click();
					assertThat(page.getByText("Recent overdue step")).isVisible();
					assertThat(page.getByText("Old overdue step")).isVisible();
					assertThat(scrollWidth(page)).as(name + " scroll width").isLessThanOrEqualTo(size[0]);
					assertThat(errors).as("console errors (CSP, scripts)").isEmpty();
				}
			}
		}
	}

	private void check(Page page, String path, List<String> problems) {
		int width = scrollWidth(page);
		if (width > PHONE_WIDTH) {
			problems.add(path + ": page " + width + " px wide");
		}
		// a table may scroll inside its own box, but should not need to
		Object tables = page.evaluate("""
				() => [...document.querySelectorAll('.table-responsive')]
				  .filter(b => b.offsetParent !== null && b.scrollWidth > b.clientWidth + 1)
				  .map(b => b.scrollWidth + '>' + b.clientWidth)""");
		if (tables instanceof List<?> wide && !wide.isEmpty()) {
			problems.add(path + ": table scrolls sideways " + wide);
		}
		Object tall = page.evaluate("""
				max => [...document.querySelectorAll('table.kam-table tbody tr')]
				  .map(r => Math.round(r.getBoundingClientRect().height))
				  .filter(h => h >= max)""", MAX_ROW_HEIGHT);
		if (tall instanceof List<?> rows && !rows.isEmpty()) {
			problems.add(path + ": rows of " + rows + " px");
		}
	}

	private static int scrollWidth(Page page) {
		return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
	}

	private BrowserContext context(String locale, int width, int height) {
		BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(width, height));
		context.setDefaultTimeout(15_000);
		return context;
	}

	private void signIn(Page page, String username, String password) {
		signIn(page, url(""), username, password);
	}

	private static void nextStep(TestUsers.User user, long accountId, String step, LocalDate due) {
		Api.Response created = user.api()
			.post("/api/v1/accounts/" + accountId + "/communications",
					Map.of("channel", "PHONE", "occurredAt", "2025-01-06T10:00:00+08:00", "subject", "电话沟通",
							"ourParticipantIds", List.of(user.id()), "nextStep", step, "nextStepDue", due.toString()));
		Assertions.assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	private static String lang(String locale) {
		return locale.startsWith("zh") ? "zh-CN" : "en";
	}

	static void shoot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(BrowserJourneyTests.SCREENSHOTS.resolve(name + ".png"))
			.setFullPage(false));
	}

}
