package org.kam.identity;

import java.nio.file.Paths;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.BrowserTest;
import org.kam.support.Chromium;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and the user form in a real Chromium at phone width, in Chinese: back to
 * exactly the page asked for, one message for a failed sign-in, a session that ends when
 * the user is disabled, and the password rule in the project's own words.
 */
@H2Test
class IdentityBrowserTests extends BrowserTest {

	BrowserContext context;

	Page page;

	TestUsers users;

	@BeforeEach
	void newContext() {
		users = new TestUsers(new Api(port));
		context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(390, 844));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	@Test
	void afterSigningInTheAddressIsExactlyThePageAskedFor() {
		TestUsers.User manager = users.create("MANAGER");
		page.navigate(url("/accounts?status=COOPERATING&tier=A"));
		assertThat(page).hasURL(url("/login"));

		fillLogin(manager.username(), TestUsers.PASSWORD);

		page.waitForURL(url("/accounts?status=COOPERATING&tier=A"));
		assertThat(page.url()).doesNotContain("continue");
	}

	@Test
	void aFailedSignInShowsOneMessageAndADisabledUsersSessionEnds() {
		TestUsers.User manager = users.create("MANAGER");
		page.navigate(url("/login"));
		fillLogin(manager.username(), "not-the-password");
		assertThat(page.locator("main .alert-danger")).hasText("用户名或密码错误，或尝试次数过多：请几分钟后再试或联系管理员。");

		fillLogin(manager.username(), TestUsers.PASSWORD);
		page.waitForURL(url("/"));
		JsonNode stored = users.admin().get("/api/v1/users/" + manager.id()).json();
		assertThat(users.admin()
			.put("/api/v1/users/" + manager.id(),
					Map.of("username", manager.username(), "displayName", stored.get("displayName").asString(), "roles",
							stored.get("roles"), "enabled", false))
			.status()).isEqualTo(200);

		page.navigate(url("/accounts"));
		assertThat(page).hasURL(url("/login"));
		assertThat(page.locator("#username")).isVisible();
	}

	@Test
	void aTooShortPasswordIsExplainedInTheProjectsOwnWords() {
		page.navigate(url("/login"));
		fillLogin(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
		page.waitForURL(url("/"));
		page.navigate(url("/admin/users/new"));
		page.locator("#username").fill("short" + System.nanoTime());
		page.locator("#displayName").fill("短密码");
		page.locator("#password").fill("short");
		page.locator("main button[type=submit]").click();

		assertThat(page.locator("#password-error")).containsText("长度必须为 10 到 128 个字符");
		assertThat(page.locator("main")).not().containsText("个数必须在");
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "user-form-password-390.png"))
					.setFullPage(true));
	}

	private void fillLogin(String username, String password) {
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("main button[type=submit]").click();
	}

}
