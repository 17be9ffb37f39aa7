package org.kam.devplan.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser;
import org.kam.web.SessionBrowser.Page;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The page listing development plans across accounts, through real HTTP. */
@H2Test
class DevelopmentPlanListPagesTests {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@LocalServerPort
	int port;

	TestUsers users;

	TestUsers.User owner;

	String marker;

	long accountId;

	@BeforeEach
	void setUp() {
		users = new TestUsers(new Api(port));
		owner = users.create("ACCOUNT_MANAGER");
		marker = "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = owner.api().post("/api/v1/accounts", Map.of("name", "List Ltd " + marker)).id();
	}

	long plan(String title, LocalDate start, LocalDate end, LocalDate milestoneDue) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("periodStart", start.toString());
		body.put("periodEnd", end.toString());
		body.put("milestones",
				List.of(Map.of("title", "Pilot", "dueOn", TODAY.minusMonths(3).toString(), "status", "DONE"),
						Map.of("title", "Rollout", "dueOn", milestoneDue.toString(), "status", "PLANNED")));
		body.put("stakeholders", List.of());
		Api.Response created = owner.api().post("/api/v1/accounts/" + accountId + "/development-plans", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	SessionBrowser signIn(TestUsers.User user) {
		return new SessionBrowser(port).signIn(user.username(), TestUsers.PASSWORD);
	}

	String mine() {
		return "/development-plans?ownerId=" + owner.id();
	}

	@Test
	void theMenuLeadsToTheListOfPlansWithAccountProgressAndNextMilestone() {
		long id = plan("Growth " + marker, TODAY.minusMonths(1), TODAY.plusMonths(6), TODAY.plusDays(4));
		SessionBrowser browser = signIn(owner);

		Page home = browser.get("/");
		assertThat(home.body()).contains("href=\"/development-plans\"");
		Page list = browser.get(mine());

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Growth " + marker)
			.contains("List Ltd " + marker)
			.contains("/accounts/" + accountId + "?tab=development-plans")
			.contains("/accounts/" + accountId + "/development-plans/" + id)
			.contains("data-progress=\"50\"")
			.doesNotContain("style=")
			.contains("aria-sort=\"descending\"")
			.contains("sort=progress%2Casc")
			.contains("class=\"pagination pagination-sm mb-0\"");
	}

	@Test
	void aUserSeesOnlyThePlansOfAccountsTheyMayRead() {
		plan("Private " + marker, TODAY, TODAY.plusMonths(1), TODAY.plusDays(1));

		assertThat(signIn(users.create("ACCOUNT_MANAGER")).get(mine()).body()).doesNotContain("Private " + marker);
		assertThat(signIn(users.create("ACCOUNT_MANAGER")).get("/development-plans?accountId=" + accountId).body())
			.doesNotContain("Private " + marker);
		assertThat(signIn(users.create("ANALYST")).get(mine()).body()).contains("Private " + marker);
	}

	@Test
	void theFiltersLiveInTheUrlAndHtmxGetsOnlyTheResults() {
		plan("Late " + marker, TODAY.minusMonths(2), TODAY.plusMonths(2), TODAY.minusDays(3));
		plan("Future " + marker, TODAY.plusYears(1), TODAY.plusYears(2), TODAY.plusYears(1).plusDays(5));
		SessionBrowser browser = signIn(owner);

		Page overdue = browser.get(mine() + "&overdue=true", "HX-Request", "true");
		assertThat(overdue.status()).isEqualTo(200);
		assertThat(overdue.body()).doesNotContain("<html")
			.contains("Late " + marker)
			.contains("Overdue")
			.doesNotContain("Future " + marker);

		Page period = browser.get(mine() + "&from=" + TODAY.plusMonths(6) + "&to=" + TODAY.plusYears(3));
		assertThat(period.body()).contains("Future " + marker)
			.doesNotContain("Late " + marker)
			.contains("value=\"" + TODAY.plusMonths(6) + "\"");
	}

	@Test
	void badFilterValuesAnswer400NamingTheParameter() {
		SessionBrowser browser = signIn(owner);

		Page page = browser.get("/development-plans?from=31.12.2026&overdue=maybe");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("<code>from</code>")
			.contains("must be a date such as 2026-12-31")
			.contains("<code>overdue</code>")
			.contains("id=\"filters\"");
		Page sort = browser.get("/development-plans?sort=owner");
		assertThat(sort.status()).isEqualTo(400);
		assertThat(sort.body()).contains("<code>sort</code>").contains("must be one of nextMilestoneDue, periodStart");

		Page partial = browser.get("/development-plans?to=2026-01-01&from=2026-02-01", "HX-Request", "true");
		assertThat(partial.status()).as("htmx swaps only 2xx answers").isEqualTo(200);
		assertThat(partial.body()).contains("<code>to</code>").contains("must not be before from");
		assertThat(browser.get("/development-plans?page=-1").status()).isEqualTo(400);
	}

	@Test
	void anonymousVisitorsAreSentToTheLogin() {
		Page page = new SessionBrowser(port).get("/development-plans");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).contains("/login");
	}

	@Test
	void thePageSpeaksChinese() {
		plan("中文计划 " + marker, TODAY.minusMonths(1), TODAY.plusMonths(1), TODAY.minusDays(1));
		Page page = signIn(owner).get(mine(), "Accept-Language", "zh-CN");
		assertThat(page.body()).contains("客户发展计划").contains("下一里程碑").contains("已逾期").contains("中文计划 " + marker);
	}

}
