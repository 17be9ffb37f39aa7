package org.kam.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.kam.shared.RecordKind;
import org.kam.web.SessionBrowser.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record kinds where a user meets them, read from their {@link RecordKind}s: the main
 * menu, the account page's tabs and the timeline's kind filter, each in its order and in
 * both languages.
 */
@H2Test
class RecordKindPagesTests {

	private static final Pattern LINK = Pattern.compile("<a class=\"nav-link\"[^>]*href=\"([^\"]*)\"[^>]*>([^<]*)</a>");

	private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]*)\"[^>]*>([^<]*)</option>");

	@LocalServerPort
	int port;

	@Autowired
	List<RecordKind> kinds;

	@Autowired
	MessageSource messages;

	@Test
	void theMenuTheTabsAndTheTimelineFilterListTheKindsInTheirOrder() {
		TestUsers.User manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		long id = manager.api()
			.post("/api/v1/accounts", Map.of("name", "Kinds " + UUID.randomUUID().toString().substring(0, 8)))
			.id();
		SessionBrowser browser = new SessionBrowser(port).signIn(manager.username(), TestUsers.PASSWORD);

		browser.setCookie("kam-lang", "en");
		Page page = browser.get("/accounts/" + id);
		assertThat(links(page, "kam-menu")).containsExactly("/=My day", "/accounts=Accounts",
				"/communications=Communications", "/contracts=Contracts", "/sales=Sales", "/complaints=Complaints",
				"/surveys=Surveys", "/service-plans=Service plans", "/development-plans=Development plans",
				"/market-reports=Market reports", "/notifications=Notifications", "/reports=Reports",
				"/swagger-ui.html=API");
		String tab = "/accounts/" + id + "?tab=";
		assertThat(links(page, "account-sections")).as("the archive tab is active, so not matched")
			.containsExactly(tab + "timeline=Timeline", tab + "communications=Communications",
					tab + "contracts=Contracts", tab + "sales=Sales", tab + "surveys=Surveys",
					tab + "complaints=Complaints", tab + "service-plans=Service plans",
					tab + "development-plans=Development plans", tab + "market=Market reports",
					tab + "reports=Reports");
		assertThat(options(browser.get("/accounts/" + id + "/timeline/section"))).containsExactly("=All records",
				"communications=Communication", "complaints=Complaints", "contracts=Contracts",
				"development-plans=Development plans", "market-reports=Market reports", "reports=Reports",
				"sales=Orders", "service-plans=Service plans", "surveys=Satisfaction surveys");

		browser.setCookie("kam-lang", "zh-CN");
		page = browser.get("/accounts/" + id);
		assertThat(links(page, "kam-menu")).containsExactly("/=我的一天", "/accounts=客户", "/communications=沟通记录",
				"/contracts=合同", "/sales=销售", "/complaints=投诉", "/surveys=满意度调查", "/service-plans=服务计划",
				"/development-plans=客户发展计划", "/market-reports=市场分析", "/notifications=通知", "/reports=定期报告",
				"/swagger-ui.html=API");
		assertThat(links(page, "account-sections")).containsExactly(tab + "timeline=时间线", tab + "communications=沟通记录",
				tab + "contracts=合同", tab + "sales=销售", tab + "surveys=满意度调查", tab + "complaints=投诉",
				tab + "service-plans=服务计划", tab + "development-plans=客户发展计划", tab + "market=市场分析",
				tab + "reports=定期报告");
		assertThat(options(browser.get("/accounts/" + id + "/timeline/section"))).containsExactly("=全部记录",
				"communications=沟通", "complaints=投诉", "contracts=合同", "development-plans=客户发展计划",
				"market-reports=市场分析报告", "reports=定期报告", "sales=订单", "service-plans=服务计划", "surveys=满意度调查");
	}

	@Test
	void aTabIsLoadedFromItsKindsSegment() {
		TestUsers.User manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		long id = manager.api()
			.post("/api/v1/accounts", Map.of("name", "Tab " + UUID.randomUUID().toString().substring(0, 8)))
			.id();
		SessionBrowser browser = new SessionBrowser(port).signIn(manager.username(), TestUsers.PASSWORD);

		// the page renders the tab's fragment (/accounts/{id}/market/section) in place,
		// and
		// htmx asks for the panel that holds it
		Page market = browser.get("/accounts/" + id + "?tab=market");
		assertThat(market.body()).contains("hx-get=\"/accounts/" + id + "/panel?tab=market\"")
			.contains("<section id=\"market-reports\"");
		assertThat(browser.get("/accounts/" + id + "/market/section").status()).isEqualTo(200);
		assertThat(browser.get("/accounts/" + id + "/panel?tab=market").body())
			.contains("<section id=\"market-reports\"");
		assertThat(browser.get("/accounts/" + id + "?tab=market-reports").body()).as("a kind's key is no tab")
			.doesNotContain("hx-get=\"/accounts/" + id + "/market-reports/section\"")
			.doesNotContain("hx-get=\"/accounts/" + id + "/panel?tab=market-reports\"")
			.doesNotContain("<section id=\"market-reports\"");
	}

	@Test
	void everyKindHasOneKeyOneTabAndItsWordsInBothLanguages() {
		assertThat(kinds).extracting(RecordKind::key).doesNotHaveDuplicates();
		assertThat(kinds.stream().map(RecordKind::tab).filter(Objects::nonNull).map(RecordKind.Tab::segment))
			.doesNotHaveDuplicates()
			.doesNotContain("archive", "timeline");
		for (RecordKind kind : kinds) {
			for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
				assertThat(messages.getMessage(kind.labelKey(), null, null, language)).as(kind.labelKey()).isNotBlank();
				if (kind.tab() != null) {
					assertThat(messages.getMessage(kind.tab().titleKey(), null, null, language)).isNotBlank();
				}
				if (kind.menu() != null) {
					assertThat(messages.getMessage(kind.menu().labelKey(), null, null, language)).isNotBlank();
				}
			}
		}
	}

	/** "href=text" of the links in the list that follows {@code marker}. */
	private static List<String> links(Page page, String marker) {
		String body = page.body();
		int start = body.indexOf(marker);
		assertThat(start).as(marker).isPositive();
		return all(LINK, body.substring(start, body.indexOf("</ul>", start)));
	}

	private static List<String> options(Page page) {
		assertThat(page.status()).isEqualTo(200);
		return all(OPTION, page.body());
	}

	private static List<String> all(Pattern pattern, String html) {
		return pattern.matcher(html).results().map(m -> m.group(1) + "=" + m.group(2)).toList();
	}

}
