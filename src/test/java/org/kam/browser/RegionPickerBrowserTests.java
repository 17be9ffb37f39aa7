package org.kam.browser;

import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.BrowserTest;
import org.kam.support.TestUsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Picking a province, then one of its cities, on the account list and on the account
 * form, in both languages (issue 9, item 8): the choices are names in the page's language
 * and find the account, whatever spelling created it.
 */
@BothDatabases
class RegionPickerBrowserTests extends BrowserTest {

	@Test
	void pickingProvinceThenCityOnTheListFindsTheAccountInEnglish() {
		pickOnTheList("en-US", "Guangdong", "Shenzhen", "Guangzhou", "Guangdong Shenzhen");
	}

	@Test
	void pickingProvinceThenCityOnTheListFindsTheAccountInChinese() {
		pickOnTheList("zh-CN", "广东省", "深圳市", "广州市", "广东省 深圳市");
	}

	@Test
	void theFormPicksProvinceThenCityAtPhoneWidth() {
		TestUsers.User manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(390, 844))) {
			context.setDefaultTimeout(15_000);
			Page page = signIn(context, manager);
			String name = "Picked " + System.nanoTime();
			page.navigate(url("/accounts/new"));
			page.locator("#name").fill(name);
			page.locator("#province")
				.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Shaanxi"));
			page.locator("#city").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Xi'an"));
			assertThat(page.locator("#city option")).not().hasCount(0);
			page.locator("main button[type=submit]").click();
			page.waitForURL(Pattern.compile(".*/accounts/\\d+$"));
			assertThat(page.locator("main")).containsText("Shaanxi Xi'an");
			long id = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
			var stored = manager.api().get("/api/v1/accounts/" + id).json();
			assertThat(stored.get("provinceCode").asString()).isEqualTo("610000");
			assertThat(stored.get("cityCode").asString()).isEqualTo("610100");
		}
	}

	private void pickOnTheList(String locale, String province, String city, String otherCity, String shown) {
		TestUsers.User manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		String marker = "rp" + System.nanoTime();
		create(manager, "Shenzhen " + marker, "广东", "深圳");
		create(manager, "Guangzhou " + marker, "Guangdong", "Guangzhou");
		create(manager, "Hangzhou " + marker, "浙江省", "杭州市");
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1280, 860))) {
			context.setDefaultTimeout(15_000);
			Page page = signIn(context, manager);
			page.navigate(url("/accounts?q=" + marker));
			assertThat(page.locator("#results tbody tr")).hasCount(3);

			page.locator("#province")
				.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(province));
			assertThat(page.locator("#results tbody tr")).hasCount(2);
			assertThat(page.locator("#city option", new Page.LocatorOptions().setHasText(otherCity))).hasCount(1);

			page.locator("#city").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(city));
			assertThat(page.locator("#results tbody tr")).hasCount(1);
			assertThat(page.locator("#results tbody tr")).containsText("Shenzhen " + marker);
			assertThat(page.locator("#results tbody tr")).containsText(shown);
			assertThat(page).hasURL(Pattern.compile(".*province=440000.*city=440300.*"));

			page.reload();
			assertThat(page.locator("#city")).hasValue("440300");
			assertThat(page.locator("#results tbody tr")).hasCount(1);
		}
	}

	private Page signIn(BrowserContext context, TestUsers.User user) {
		Page page = context.newPage();
		signIn(page, url(""), user.username(), TestUsers.PASSWORD);
		return page;
	}

	private static void create(TestUsers.User owner, String name, String province, String city) {
		Api.Response created = owner.api()
			.post("/api/v1/accounts", Map.of("name", name, "province", province, "city", city));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

}
