package org.kam.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.account.UnifiedSocialCreditCode;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.BrowserTest;
import org.kam.support.Chromium;
import org.kam.support.TestUsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A user's day in the archive, in a real Chromium. Runs on H2 and on PostgreSQL. */
@BothDatabases
class BrowserJourneyTests extends BrowserTest {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static final AtomicLong USCC_SEQUENCE = new AtomicLong(System.nanoTime() % 900_000_000L);

	BrowserContext context;

	Page page;

	TestUsers users;

	String marker;

	@BeforeEach
	void newContext() {
		users = new TestUsers(new Api(port));
		marker = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 860));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	void signIn(String username, String password) {
		signIn(page, url(""), username, password);
	}

	void signInAsManager() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		signIn(manager.username(), TestUsers.PASSWORD);
	}

	static String validUscc() {
		String first17 = "91310000" + String.format("%09d", USCC_SEQUENCE.incrementAndGet());
		return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
	}

	void shoot(String name) {
		String lang = page.locator("html").getAttribute("lang");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-" + lang + ".png"))
			.setFullPage(true));
	}

	/** Creates an account through the form and answers its id. */
	long createAccount(String name, String uscc) {
		page.navigate(url("/accounts/new"));
		page.locator("#name").fill(name);
		if (uscc != null) {
			page.locator("#uscc").fill(uscc);
		}
		page.locator("#status").selectOption("COOPERATING");
		page.locator("#tier").selectOption("A");
		// regions are picked: the province, then one of its cities (issue 9)
		page.locator("#province").selectOption("310000");
		page.locator("#city").selectOption("310100");
		page.locator("#industry").fill("信息技术");
		page.locator("main button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/accounts/\\d+$"));
		String path = page.url().substring(page.url().lastIndexOf('/') + 1);
		return Long.parseLong(path);
	}

	@Test
	void createsAnAccountAfterABadUsccAndFindsItByKeyword() {
		signInAsManager();
		shoot("home");
		page.navigate(url("/accounts/new"));
		page.locator("#name").fill("Journey " + marker + " 科技有限公司");
		page.locator("#uscc").fill("91110000600037341A");
		assertThat(page.locator("#uscc-feedback")).containsText("should be 'L'");
		page.locator("main button[type=submit]").click();
		assertThat(page.locator("#uscc-feedback")).containsText("check character");
		shoot("account-form-errors");

		String uscc = validUscc();
		page.locator("#uscc").fill(uscc.substring(0, 9) + " " + uscc.substring(9).toLowerCase());
		assertThat(page.locator("#uscc-feedback")).containsText("Valid code");
		page.locator("main button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/accounts/\\d+$"));
		assertThat(page.locator("h1")).hasText("Journey " + marker + " 科技有限公司");
		assertThat(page.locator("main")).containsText(uscc);
		shoot("account");

		page.navigate(url("/accounts"));
		page.locator("#q").fill(marker);
		assertThat(page).hasURL(Pattern.compile(".*q=" + marker + ".*"));
		assertThat(page.locator("#results tbody tr")).hasCount(1);
		assertThat(page.locator("#results tbody")).containsText("Journey " + marker);
		shoot("accounts");
	}

	@Test
	void filtersByStatusAndTheBackButtonRestoresTheFilter() {
		signInAsManager();
		createAccount("Filter " + marker, null);
		page.navigate(url("/accounts?q=" + marker));
		assertThat(page.locator("#results tbody")).containsText("Filter " + marker);

		page.locator("#status").selectOption("INTENDED");
		assertThat(page).hasURL(Pattern.compile(".*status=INTENDED.*"));
		assertThat(page.locator("#results tbody")).not().containsText("Filter " + marker);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Cooperating"))).click();
		assertThat(page).hasURL(Pattern.compile(".*status=COOPERATING.*"));
		assertThat(page.locator("#results tbody")).containsText("Filter " + marker);
		assertThat(page.locator("#status")).hasValue("COOPERATING");

		page.goBack();
		assertThat(page).hasURL(Pattern.compile(".*status=INTENDED.*"));
		assertThat(page.locator("#results tbody")).not().containsText("Filter " + marker);
		page.goBack();
		assertThat(page).hasURL(Pattern.compile(".*/accounts\\?q=" + marker + "$"));
		assertThat(page.locator("#results tbody")).containsText("Filter " + marker);
	}

	@Test
	void editsAnAccountAndMeetsTheConflictPageOnAStaleEdit() {
		signInAsManager();
		long id = createAccount("Edit " + marker, null);
		page.locator("main a", new Page.LocatorOptions().setHasText("Edit")).first().click();
		page.locator("#needs").fill("Faster delivery");
		page.locator("main button[type=submit]").click();
		page.waitForURL(url("/accounts/" + id));
		assertThat(page.locator(".alert-success")).containsText("Changes saved");
		assertThat(page.locator("main")).containsText("Faster delivery");

		Page stale = context.newPage();
		stale.navigate(url("/accounts/" + id + "/edit"));
		page.navigate(url("/accounts/" + id + "/edit"));
		page.locator("#name").fill("Edit " + marker + " (theirs)");
		page.locator("main button[type=submit]").click();
		page.waitForURL(url("/accounts/" + id));

		stale.locator("#notes").fill("My note");
		stale.locator("main button[type=submit]").click();
		assertThat(stale.locator("h1")).hasText("Someone saved this account first");
		assertThat(stale.locator("td.kam-theirs[data-field=name]")).hasText("Edit " + marker + " (theirs)");
		assertThat(stale.locator("td.kam-yours[data-field=notes]")).hasText("My note");
		stale
			.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("conflict-en.png")).setFullPage(true));

		stale.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Re-apply my changes")).click();
		stale.waitForURL(url("/accounts/" + id));
		assertThat(stale.locator("main")).containsText("My note");
		assertThat(stale.locator("h1")).hasText("Edit " + marker);
	}

	@Test
	void switchesToChineseAndShowsChineseLabels() {
		signInAsManager();
		long id = createAccount("中文 " + marker, null);
		page.navigate(url("/accounts"));
		page.locator(".kam-lang a[lang=zh-CN]").click();
		assertThat(page.locator("h1")).hasText("客户");
		assertThat(page.locator("#results thead")).containsText("公司名称");
		assertThat(page.locator("#results")).containsText("合作");
		assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
		shoot("accounts");
		page.navigate(url("/"));
		assertThat(page.locator("nav")).containsText("我的一天");
		shoot("home");
		page.navigate(url("/accounts/" + id));
		assertThat(page.locator("main")).containsText("统一社会信用代码");
		shoot("account");
		page.navigate(url("/accounts/new"));
		page.locator("#uscc").fill("9111000060003734IL");
		page.locator("main button[type=submit]").click();
		assertThat(page.locator(".invalid-feedback").first()).containsText("不能为空");
		assertThat(page.locator("main")).containsText("从不使用字母");
		shoot("account-form-errors");
		page.navigate(url("/login?error"));
		assertThat(page.locator("main")).containsText("用户名或密码错误");
	}

	@Test
	void showsAScriptLikeNameAsText() {
		signInAsManager();
		AtomicBoolean dialog = new AtomicBoolean();
		page.onDialog(d -> {
			dialog.set(true);
			d.dismiss();
		});
		String name = "<script>alert(1)</script> " + marker;
		long id = createAccount(name, null);
		assertThat(page.locator("h1")).hasText(name);
		page.navigate(url("/accounts?q=" + marker));
		assertThat(page.locator("#results tbody")).containsText(name);
		page.navigate(url("/"));
		assertThat(page.locator("main")).containsText(name);
		assertThat(dialog.get()).as("a dialog opened: the name ran as a script").isFalse();
		assertThat(id).isPositive();
	}

	@Test
	void aNonAdminCannotOpenUsersAdministration() {
		signInAsManager();
		assertThat(page.locator("nav")).not().containsText("Users");
		Response response = page.navigate(url("/admin/users"));
		assertThat(response.status()).isEqualTo(403);
		assertThat(page.locator("h1")).hasText("Not allowed");
		shoot("error-403");
	}

	@Test
	void anAdminOpensUsersAdministrationAndTheLoginPageIsScreenshot() {
		page.navigate(url("/login"));
		shoot("login");
		page.locator(".kam-lang a[lang=zh-CN]").click();
		assertThat(page.locator("h1")).hasText("登录");
		shoot("login");
		page.locator(".kam-lang a[lang=en]").click();
		signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
		page.locator("nav a", new Page.LocatorOptions().setHasText("Users")).click();
		assertThat(page).hasURL(Pattern.compile(".*/admin/users.*"));
		assertThat(page.locator("main")).containsText("admin");
		shoot("users");
	}

}
