package org.kam.account.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser;
import org.kam.web.SessionBrowser.Page;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account list's region, size and count display (issue 9, items 7 to 9): pickers with
 * codes, names in the page's language, and tabs that agree with the footer.
 */
@H2Test
class AccountListRegionPagesTests {

	private static final Pattern BADGE = Pattern.compile("<span class=\"badge text-bg-light\">([^<]*)</span>");

	@LocalServerPort
	int port;

	TestUsers.User manager;

	SessionBrowser browser;

	String marker;

	@BeforeEach
	void setUp() {
		manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		browser = new SessionBrowser(port).signIn(manager.username(), TestUsers.PASSWORD);
		marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Test
	void aFilterThatMatchesNothingShowsZeroOnEveryTabAndInTheFooter() {
		create("Nothing " + marker, "COOPERATING", "广东", "深圳", null);
		for (String lang : List.of("en", "zh-CN")) {
			browser.setCookie("kam-lang", lang);
			Page page = browser.get("/accounts?q=" + marker + "&province=330000");
			assertThat(page.status()).as(page.toString()).isEqualTo(200);
			assertThat(tabBadges(page)).as(lang).containsExactly("0", "0", "0", "0", "0");
			assertThat(page.text()).as(lang).doesNotContain("10,000");
			assertThat(page.text()).contains(lang.equals("en") ? "0 accounts" : "共 0 个客户");
		}
	}

	@Test
	void aFilterMatchingAFewShowsTabsThatAddUpToTheFooter() {
		create("One " + marker, "COOPERATING", "广东", "深圳", "LARGE");
		create("Two " + marker, "COOPERATING", "广东", "广州", "LARGE");
		create("Three " + marker, "POTENTIAL", "广东", "深圳", "SMALL");
		create("Four " + marker, "INTENDED", "浙江", "杭州", "LARGE");
		browser.setCookie("kam-lang", "en");

		Page guangdong = browser.get("/accounts?q=" + marker + "&province=440000");
		assertThat(tabBadges(guangdong)).containsExactly("3", "2", "0", "1", "0");
		assertThat(guangdong.text()).contains("3 accounts");

		Page cooperating = browser.get("/accounts?q=" + marker + "&province=440000&status=COOPERATING");
		assertThat(tabBadges(cooperating)).containsExactly("3", "2", "0", "1", "0");
		assertThat(cooperating.text()).contains("2 accounts");

		Page large = browser.get("/accounts?q=" + marker + "&sizeBand=LARGE");
		assertThat(names(large)).containsExactly("Four", "One", "Two");
		assertThat(tabBadges(large)).containsExactly("3", "2", "1", "0", "0");
		assertThat(large.body()).as("the size select keeps the filter")
			.containsPattern("<option value=\"LARGE\" selected=\"selected\"");
		assertThat(large.body()).as("the tab and sort links keep the size")
			.contains("href=\"/accounts?q=" + marker + "&amp;status=COOPERATING&amp;sizeBand=LARGE\"");
	}

	@Test
	void theRegionFiltersFindAccountsByCodeOrNameAndShowTheChosenCities() {
		create("Shenzhen " + marker, "COOPERATING", "广东省", "深圳市", null);
		create("Guangzhou " + marker, "COOPERATING", "广东", "广州", null);
		browser.setCookie("kam-lang", "en");

		for (String province : List.of("440000", "%E5%B9%BF%E4%B8%9C", "Guangdong")) {
			assertThat(names(browser.get("/accounts?q=" + marker + "&province=" + province))).as(province)
				.containsExactly("Guangzhou", "Shenzhen");
		}
		Page shenzhen = browser.get("/accounts?q=" + marker + "&province=440000&city=440300");
		assertThat(names(shenzhen)).containsExactly("Shenzhen");
		assertThat(shenzhen.body()).as("the province picker in English")
			.containsPattern("<option value=\"440000\" selected=\"selected\">Guangdong</option>");
		assertThat(shenzhen.body()).as("the city picker has the province's cities")
			.containsPattern("<option value=\"440300\" selected=\"selected\">Shenzhen</option>")
			.contains("<option value=\"440100\">Guangzhou</option>")
			.doesNotContain(">Hangzhou<");
		assertThat(shenzhen.text()).as("the region column in English").contains("Guangdong Shenzhen");

		Page otherProvince = browser.get("/accounts?q=" + marker + "&province=330000&city=440300", "HX-Request",
				"true");
		assertThat(otherProvince.status()).as("a city of another province is dropped").isEqualTo(200);
		assertThat(otherProvince.body()).contains("id=\"city-field\" hx-swap-oob=\"true\"")
			.contains("<option value=\"330100\">Hangzhou</option>");

		browser.setCookie("kam-lang", "zh-CN");
		Page chinese = browser.get("/accounts?q=" + marker + "&province=440000&city=440300");
		assertThat(chinese.body()).containsPattern("<option value=\"440000\" selected=\"selected\">广东省</option>");
		assertThat(chinese.text()).contains("广东省 深圳市");
	}

	@Test
	void theAccountPageAndTheCityOptionsFollowTheLanguage() {
		long id = create("Shown " + marker, "COOPERATING", "陕西", "西安", null);
		browser.setCookie("kam-lang", "en");
		assertThat(browser.get("/accounts/" + id).text()).contains("Shaanxi Xi'an");
		Page options = browser.get("/accounts/city-options?province=610000");
		assertThat(options.body()).contains("<option value=\"610100\">Xi&#39;an</option>");
		browser.setCookie("kam-lang", "zh-CN");
		assertThat(browser.get("/accounts/" + id).text()).contains("陕西省 西安市");
		assertThat(browser.get("/accounts/city-options?province=Guangdong").body())
			.contains("<option value=\"440300\">深圳市</option>");
	}

	@Test
	void theEditFormPicksTheStoredRegion() {
		long id = create("Edited " + marker, "COOPERATING", "广东", "深圳", null);
		browser.setCookie("kam-lang", "en");
		Page form = browser.get("/accounts/" + id + "/edit");
		assertThat(form.body()).containsPattern("<option value=\"440000\" selected=\"selected\">Guangdong</option>")
			.containsPattern("<option value=\"440300\" selected=\"selected\">Shenzhen</option>");
	}

	private long create(String name, String status, String province, String city, String sizeBand) {
		Map<String, Object> body = new HashMap<>(Map.of("name", name, "status", status));
		body.put("province", province);
		body.put("city", city);
		body.put("sizeBand", sizeBand);
		Api.Response created = manager.api().post("/api/v1/accounts", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	/** The numbers on the tabs: all, then each status in order. */
	private static List<String> tabBadges(Page page) {
		String body = page.body();
		String tabs = body.substring(body.indexOf("nav-tabs"), body.indexOf("</ul>", body.indexOf("nav-tabs")));
		List<String> badges = new ArrayList<>();
		Matcher m = BADGE.matcher(tabs);
		while (m.find()) {
			badges.add(m.group(1));
		}
		return badges;
	}

	private static List<String> names(Page list) {
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		return list.all(Pattern.compile("<td class=\"kam-name\"><a [^>]*>([^<]*)</a>"), 1)
			.stream()
			.map(name -> name.split(" ")[0])
			.toList();
	}

}
