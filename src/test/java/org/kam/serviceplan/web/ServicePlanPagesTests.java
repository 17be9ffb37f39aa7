package org.kam.serviceplan.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
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

/** The service plan pages through real HTTP with a signed-in session. */
@H2Test
class ServicePlanPagesTests {

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
		marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Api.Response account = owner.api().post("/api/v1/accounts", Map.of("name", "Pages Ltd " + marker));
		accountId = account.id();
	}

	long plan(String service, LocalDate dueOn, String status) {
		Map<String, Object> body = new HashMap<>();
		body.put("service", service);
		body.put("dueOn", dueOn.toString());
		body.put("status", status);
		Api.Response created = owner.api().post("/api/v1/accounts/" + accountId + "/service-plans", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	SessionBrowser signIn(TestUsers.User user) {
		return new SessionBrowser(port).signIn(user.username(), TestUsers.PASSWORD);
	}

	@Test
	void theAccountTabListsThePlansWithTheirActionsForTheOwner() {
		plan("Late call " + marker, TODAY.minusDays(2), "PLANNED");
		SessionBrowser browser = signIn(owner);

		Page tab = browser.get("/accounts/" + accountId + "/service-plans/section", "HX-Request", "true");

		assertThat(tab.status()).isEqualTo(200);
		assertThat(tab.body()).doesNotContain("<html")
			.contains("Late call " + marker)
			.contains("Overdue")
			.contains("/accounts/" + accountId + "/service-plans/new")
			.contains("/done\"");
		Page account = browser.get("/accounts/" + accountId + "?tab=service-plans");
		// the tab's content is rendered in the page, from its section
		assertThat(account.body()).contains("id=\"service-plans\"")
			.contains("/accounts/" + accountId + "/service-plans/new");
	}

	@Test
	void anAnalystSeesTheTabWithoutButtonsAndAnotherManagerIsRefused() {
		plan("Visible " + marker, TODAY, "PLANNED");
		Page analystTab = signIn(users.create("ANALYST")).get("/accounts/" + accountId + "/service-plans/section");
		assertThat(analystTab.status()).isEqualTo(200);
		assertThat(analystTab.body()).contains("Visible " + marker).doesNotContain("service-plans/new");

		SessionBrowser other = signIn(users.create("ACCOUNT_MANAGER"));
		assertThat(other.get("/accounts/" + accountId + "/service-plans/section").status()).isEqualTo(403);
		assertThat(other.get("/accounts/" + accountId + "/service-plans/new").status()).isEqualTo(403);
	}

	@Test
	void theFormCreatesAPlanShowsErrorsNextToFieldsAndEditsIt() {
		SessionBrowser browser = signIn(owner);
		Page form = browser.get("/accounts/" + accountId + "/service-plans/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("for=\"service\"").contains("for=\"recurrence\"");

		Page refused = browser.postForm("/accounts/" + accountId + "/service-plans", form.csrf(), "service",
				"Monthly review " + marker, "method", "PHONE", "responsibleId", String.valueOf(owner.id()), "status",
				"PLANNED", "recurrence", "MONTHLY", "dueOn", "", "startsOn", "", "endsOn", "");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("is-invalid").contains("is required for a recurring plan");

		Page saved = browser.postForm("/accounts/" + accountId + "/service-plans", refused.csrf(), "service",
				"Monthly review " + marker, "method", "PHONE", "responsibleId", String.valueOf(owner.id()), "status",
				"PLANNED", "recurrence", "MONTHLY", "dueOn", "", "startsOn", TODAY.toString(), "endsOn", "");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).isEqualTo("/accounts/" + accountId + "?tab=service-plans");
		long id = owner.api()
			.get("/api/v1/accounts/" + accountId + "/service-plans")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();

		Page edit = browser.get("/accounts/" + accountId + "/service-plans/" + id + "/edit");
		assertThat(edit.body()).contains("Monthly review " + marker);
		Page changed = browser.postForm("/accounts/" + accountId + "/service-plans/" + id, edit.csrf(), "service",
				"Weekly review " + marker, "method", "EMAIL", "responsibleId", String.valueOf(owner.id()), "status",
				"IN_PROGRESS", "recurrence", "WEEKLY", "dueOn", "", "startsOn", TODAY.toString(), "endsOn", "",
				"version", "0");
		assertThat(changed.status()).isEqualTo(302);
		assertThat(owner.api()
			.get("/api/v1/accounts/" + accountId + "/service-plans/" + id)
			.json()
			.get("service")
			.asString()).isEqualTo("Weekly review " + marker);

		Page done = browser.postForm("/accounts/" + accountId + "/service-plans/" + id + "/done", edit.csrf(),
				"version", "1");
		assertThat(done.status()).isEqualTo(302);
		assertThat(owner.api()
			.get("/api/v1/accounts/" + accountId + "/service-plans/" + id)
			.json()
			.get("nextDueOn")
			.asString()).isEqualTo(TODAY.plusWeeks(1).toString());
	}

	@Test
	void theListPageDefaultsToMyOpenItemsAndKeepsItsFiltersInTheUrl() {
		plan("Overdue " + marker, TODAY.minusDays(1), "PLANNED");
		plan("Upcoming " + marker, TODAY.plusDays(3), "IN_PROGRESS");
		plan("Finished " + marker, TODAY.minusDays(9), "DONE");
		SessionBrowser browser = signIn(owner);

		Page mine = browser.get("/service-plans");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body()).contains("Overdue " + marker)
			.contains("Upcoming " + marker)
			.doesNotContain("Finished " + marker)
			.contains("href=\"/service-plans\"");
		assertThat(mine.body().indexOf("Overdue " + marker)).isLessThan(mine.body().indexOf("Upcoming " + marker));

		Page overdue = browser.get("/service-plans?overdue=true", "HX-Request", "true");
		assertThat(overdue.body()).doesNotContain("<html")
			.contains("Overdue " + marker)
			.doesNotContain("Upcoming " + marker);
		assertThat(browser.get("/service-plans?status=ANY").body()).contains("Finished " + marker);
		assertThat(browser.get("/service-plans?page=999999").status()).as("beyond the count cap").isEqualTo(400);

		SessionBrowser teamManager = signIn(users.create("MANAGER"));
		assertThat(teamManager.get("/service-plans").body()).doesNotContain("Overdue " + marker);
		assertThat(teamManager.get("/service-plans?who=all&overdue=true&accountId=" + accountId).body())
			.contains("Overdue " + marker);
		assertThat(signIn(users.create("ACCOUNT_MANAGER")).get("/service-plans?who=all&accountId=" + accountId).body())
			.doesNotContain("Overdue " + marker);
	}

	@Test
	void thePagesSpeakChinese() {
		plan("中文 " + marker, TODAY.minusDays(1), "PLANNED");
		Page page = signIn(owner).get("/service-plans", "Accept-Language", "zh-CN");
		assertThat(page.body()).contains("服务计划").contains("已逾期").contains("中文 " + marker);
	}

}
