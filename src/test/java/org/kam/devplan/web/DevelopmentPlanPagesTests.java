package org.kam.devplan.web;

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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The development plan pages through real HTTP with a signed-in session. */
@H2Test
class DevelopmentPlanPagesTests {

	@LocalServerPort
	int port;

	TestUsers users;

	TestUsers.User owner;

	String marker;

	long accountId;

	long contactId;

	@BeforeEach
	void setUp() {
		users = new TestUsers(new Api(port));
		owner = users.create("ACCOUNT_MANAGER");
		marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = owner.api().post("/api/v1/accounts", Map.of("name", "Pages Ltd " + marker)).id();
		contactId = owner.api()
			.post("/api/v1/accounts/" + accountId + "/contacts", Map.of("name", "<i>Chen</i> " + marker))
			.id();
	}

	String base() {
		return "/accounts/" + accountId + "/development-plans";
	}

	long plan(String title) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("periodStart", "2026-01-01");
		body.put("periodEnd", "2026-12-31");
		body.put("milestones",
				List.of(Map.of("title", "Pilot", "status", "DONE"), Map.of("title", "Rollout", "status", "PLANNED")));
		body.put("stakeholders", List.of(Map.of("contactId", contactId, "influence", "HIGH", "attitude", "SKEPTIC")));
		Api.Response created = owner.api().post("/api/v1" + base(), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	SessionBrowser signIn(TestUsers.User user) {
		return new SessionBrowser(port).signIn(user.username(), TestUsers.PASSWORD);
	}

	@Test
	void theTabListsThePlansWithProgressAndThePlanPageShowsTheMapEscaped() {
		long id = plan("Growth " + marker);
		SessionBrowser browser = signIn(owner);

		Page tab = browser.get(base() + "/section", "HX-Request", "true");
		assertThat(tab.status()).isEqualTo(200);
		assertThat(tab.body()).doesNotContain("<html")
			.contains("Growth " + marker)
			.contains("aria-valuenow=\"50\"")
			.contains("data-progress=\"50\"")
			.contains(base() + "/new");
		// the tab's content is rendered in the page, from its section
		assertThat(browser.get("/accounts/" + accountId + "?tab=development-plans").body())
			.contains("id=\"development-plans\"")
			.contains("Growth " + marker);

		Page show = browser.get(base() + "/" + id);
		assertThat(show.status()).isEqualTo(200);
		assertThat(show.body()).contains("stakeholder-grid")
			.contains("&lt;i&gt;Chen&lt;/i&gt; " + marker)
			.doesNotContain("<i>Chen</i>")
			.contains("Skeptic")
			.contains("High influence")
			.contains("Rollout");
	}

	@Test
	void anAnalystSeesTheTabWithoutButtonsAndAnotherManagerIsRefused() {
		plan("Visible " + marker);
		Page analystTab = signIn(users.create("ANALYST")).get(base() + "/section");
		assertThat(analystTab.status()).isEqualTo(200);
		assertThat(analystTab.body()).contains("Visible " + marker).doesNotContain("development-plans/new");

		SessionBrowser other = signIn(users.create("ACCOUNT_MANAGER"));
		assertThat(other.get(base() + "/section").status()).isEqualTo(403);
		assertThat(other.get(base() + "/new").status()).isEqualTo(403);
	}

	@Test
	void theFormAddsRowsShowsErrorsNextToFieldsAndCreatesAPlan() {
		SessionBrowser browser = signIn(owner);
		Page form = browser.get(base() + "/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("for=\"title\"").contains("for=\"milestones0.title\"");

		Page added = browser.postForm(base(), form.csrf(), "title", "Plan " + marker, "periodStart", "2026-01-01",
				"periodEnd", "2026-12-31", "milestones[0].title", "Kick-off", "milestones[0].status", "DONE",
				"addStakeholder", "1");
		assertThat(added.status()).isEqualTo(200);
		assertThat(added.body()).contains("for=\"stakeholders0.contactId\"")
			.contains("value=\"" + contactId + "\"")
			.contains("value=\"Kick-off\"");

		Page refused = browser.postForm(base(), added.csrf(), "title", "", "periodStart", "2026-12-31", "periodEnd",
				"2026-01-01", "revenueTarget", "-5", "milestones[0].title", "Kick-off", "milestones[0].status", "DONE",
				"stakeholders[0].contactId", String.valueOf(contactId), "stakeholders[0].influence", "HIGH",
				"stakeholders[0].attitude", "CHAMPION");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("is-invalid").contains("value=\"Kick-off\"");
		assertThat(owner.api().get("/api/v1" + base()).json().get("total").asLong()).isZero();

		Page saved = browser.postForm(base(), refused.csrf(), "title", "Plan " + marker, "periodStart", "2026-01-01",
				"periodEnd", "2026-12-31", "revenueTarget", "1000000", "currency", "", "milestones[0].title",
				"Kick-off", "milestones[0].status", "DONE", "milestones[1].title", "Review", "milestones[1].status",
				"PLANNED", "stakeholders[0].contactId", String.valueOf(contactId), "stakeholders[0].influence", "HIGH",
				"stakeholders[0].attitude", "CHAMPION", "stakeholders[0].nextMove", "Lunch");
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(saved.location()).isEqualTo("/accounts/" + accountId + "?tab=development-plans");
		JsonNode created = owner.api().get("/api/v1" + base()).json().get("items").get(0);
		assertThat(created.get("title").asString()).isEqualTo("Plan " + marker);
		assertThat(created.get("progress").asInt()).isEqualTo(50);
		assertThat(created.get("stakeholders").get(0).get("contactId").asLong()).isEqualTo(contactId);

		long id = created.get("id").asLong();
		Page edit = browser.get(base() + "/" + id + "/edit");
		assertThat(edit.body()).contains("Plan " + marker).contains("value=\"Review\"");
		Page removed = browser.postForm(base() + "/" + id, edit.csrf(), "title", "Plan " + marker, "periodStart",
				"2026-01-01", "periodEnd", "2026-12-31", "milestones[0].title", "Kick-off", "milestones[0].status",
				"DONE", "milestones[1].title", "Review", "milestones[1].status", "PLANNED", "version", "0",
				"removeMilestone", "1");
		assertThat(removed.status()).isEqualTo(200);
		assertThat(removed.body()).doesNotContain("value=\"Review\"");
		Page changed = browser.postForm(base() + "/" + id, removed.csrf(), "title", "Changed " + marker, "periodStart",
				"2026-01-01", "periodEnd", "2026-12-31", "milestones[0].title", "Kick-off", "milestones[0].status",
				"DONE", "version", "0");
		assertThat(changed.status()).isEqualTo(302);
		JsonNode read = owner.api().get("/api/v1" + base() + "/" + id).json();
		assertThat(read.get("title").asString()).isEqualTo("Changed " + marker);
		assertThat(read.get("progress").asInt()).isEqualTo(100);
		assertThat(read.get("stakeholders").size()).isZero();
	}

	@Test
	void theTimelineShowsThePlanCreatedAndUpdated() {
		long id = plan("Timeline " + marker);
		SessionBrowser browser = signIn(owner);
		Page created = browser.get("/accounts/" + accountId + "/timeline/section?kind=development-plans");
		assertThat(created.status()).isEqualTo(200);
		assertThat(created.body()).contains("Timeline " + marker).contains("Plan created").contains(base() + "/" + id);

		Map<String, Object> change = new HashMap<>();
		change.put("title", "Timeline changed " + marker);
		change.put("periodStart", "2026-01-01");
		change.put("periodEnd", "2026-12-31");
		change.put("version", 0);
		assertThat(owner.api().put("/api/v1" + base() + "/" + id, change).status()).isEqualTo(200);
		assertThat(browser.get("/accounts/" + accountId + "/timeline/section?kind=development-plans").body())
			.contains("Timeline changed " + marker)
			.contains("Plan updated");
	}

	@Test
	void thePagesSpeakChinese() {
		plan("中文 " + marker);
		Page page = signIn(owner).get(base() + "/section", "Accept-Language", "zh-CN");
		assertThat(page.body()).contains("客户发展计划").contains("中文 " + marker);
	}

}
