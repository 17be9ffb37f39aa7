package org.kam.devplan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Development plans as a client sees them. Runs on H2 and on PostgreSQL. */
@BothDatabases
class DevelopmentPlanApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	TestUsers users;

	TestUsers.User owner;

	String marker;

	long accountId;

	long contactA;

	long contactB;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		users = new TestUsers(api);
		owner = users.create("ACCOUNT_MANAGER");
		marker = "d" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = createAccount("Plan Ltd " + marker);
		contactA = createContact(accountId, "Wang " + marker);
		contactB = createContact(accountId, "Li " + marker);
	}

	long createAccount(String name) {
		Api.Response created = owner.api().post("/api/v1/accounts", Map.of("name", name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	long createContact(long account, String name) {
		Api.Response created = owner.api().post("/api/v1/accounts/" + account + "/contacts", Map.of("name", name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	String plans() {
		return plans(accountId);
	}

	static String plans(long accountId) {
		return "/api/v1/accounts/" + accountId + "/development-plans";
	}

	static Map<String, Object> plan(String title, String start, String end) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("periodStart", start);
		body.put("periodEnd", end);
		body.put("goals", "Grow the share of wallet");
		body.put("revenueTarget", "1500000.50");
		body.put("cooperation", "Joint marketing");
		body.put("newProductLines", "Sensors");
		body.put("milestones", new ArrayList<>());
		body.put("stakeholders", new ArrayList<>());
		return body;
	}

	@SuppressWarnings("unchecked")
	static void milestone(Map<String, Object> body, String title, String status) {
		Map<String, Object> m = new HashMap<>();
		m.put("title", title);
		m.put("dueOn", "2026-06-30");
		m.put("status", status);
		((List<Object>) body.get("milestones")).add(m);
	}

	@SuppressWarnings("unchecked")
	static void stakeholder(Map<String, Object> body, long contactId, String influence, String attitude) {
		Map<String, Object> s = new HashMap<>();
		s.put("contactId", contactId);
		s.put("influence", influence);
		s.put("attitude", attitude);
		s.put("nextMove", "Invite to <b>site visit</b>");
		((List<Object>) body.get("stakeholders")).add(s);
	}

	JsonNode create(Map<String, Object> body) {
		Api.Response created = owner.api().post(plans(), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json();
	}

	static List<String> fields(Api.Response response) {
		return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}

	static List<Long> ids(JsonNode page) {
		return page.get("items").valueStream().map(i -> i.get("id").asLong()).toList();
	}

	@Test
	void createsAPlanWithMilestonesStakeholdersAndComputedProgress() {
		Map<String, Object> body = plan("FY2026 " + marker, "2026-01-01", "2026-12-31");
		milestone(body, "Pilot", "DONE");
		milestone(body, "Rollout", "IN_PROGRESS");
		milestone(body, "Training", "PLANNED");
		stakeholder(body, contactA, "HIGH", "CHAMPION");
		stakeholder(body, contactB, "LOW", "SKEPTIC");

		Api.Response created = owner.api().post(plans(), body);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo(plans() + "/" + created.id());
		JsonNode json = created.json();
		assertThat(json.get("accountId").asLong()).isEqualTo(accountId);
		assertThat(json.get("title").asString()).isEqualTo("FY2026 " + marker);
		assertThat(json.get("periodStart").asString()).isEqualTo("2026-01-01");
		assertThat(json.get("periodEnd").asString()).isEqualTo("2026-12-31");
		assertThat(json.get("revenueTarget").decimalValue()).isEqualByComparingTo("1500000.50");
		assertThat(json.get("currency").asString()).isEqualTo("CNY");
		assertThat(json.get("cooperation").asString()).isEqualTo("Joint marketing");
		assertThat(json.get("newProductLines").asString()).isEqualTo("Sensors");
		assertThat(json.get("progress").asInt()).as("1 of 3 done").isEqualTo(33);
		assertThat(json.get("milestones").size()).isEqualTo(3);
		assertThat(json.get("milestones").get(1).get("title").asString()).isEqualTo("Rollout");
		assertThat(json.get("stakeholders").get(0).get("contactId").asLong()).isEqualTo(contactA);
		assertThat(json.get("stakeholders").get(0).get("contactName").asString()).isEqualTo("Wang " + marker);
		assertThat(json.get("stakeholders").get(1).get("attitude").asString()).isEqualTo("SKEPTIC");
		assertThat(json.get("version").asLong()).isZero();

		Api.Response read = owner.api().get(plans() + "/" + created.id());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("progress").asInt()).isEqualTo(33);
	}

	@Test
	void progressIsZeroWithoutMilestonesAndHundredWhenAllAreDone() {
		assertThat(create(plan("Empty", "2026-01-01", "2026-03-31")).get("progress").asInt()).isZero();
		Map<String, Object> body = plan("All done", "2026-01-01", "2026-03-31");
		milestone(body, "One", "DONE");
		milestone(body, "Two", "DONE");
		assertThat(create(body).get("progress").asInt()).isEqualTo(100);
		Map<String, Object> half = plan("Half", "2026-01-01", "2026-03-31");
		milestone(half, "One", "DONE");
		milestone(half, "Two", "MISSED");
		assertThat(create(half).get("progress").asInt()).isEqualTo(50);
	}

	@Test
	void theRulesNameTheirField() {
		Api.Response blank = owner.api().post(plans(), plan(" ", "2026-01-01", "2026-12-31"));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.contentType()).startsWith("application/problem+json");
		assertThat(fields(blank)).containsExactly("title");

		assertThat(fields(owner.api().post(plans(), plan("Backwards", "2026-12-31", "2026-01-01"))))
			.containsExactly("periodEnd");
		assertThat(fields(owner.api().post(plans(), plan("No start", null, "2026-01-01"))))
			.containsExactly("periodStart");
		Map<String, Object> negative = plan("Negative", "2026-01-01", "2026-12-31");
		negative.put("revenueTarget", "-1");
		assertThat(fields(owner.api().post(plans(), negative))).containsExactly("revenueTarget");
		Map<String, Object> currency = plan("Currency", "2026-01-01", "2026-12-31");
		currency.put("currency", "XYZ");
		assertThat(fields(owner.api().post(plans(), currency))).containsExactly("currency");
		Map<String, Object> noMilestoneTitle = plan("Milestone", "2026-01-01", "2026-12-31");
		milestone(noMilestoneTitle, "", "DONE");
		assertThat(fields(owner.api().post(plans(), noMilestoneTitle))).containsExactly("milestones[0].title");
		Map<String, Object> badStatus = plan("Status", "2026-01-01", "2026-12-31");
		milestone(badStatus, "x", "LATE");
		assertThat(owner.api().post(plans(), badStatus).status()).isEqualTo(400);
		assertThat(owner.api().get(plans()).json().get("total").asLong()).isZero();
	}

	@Test
	void aStakeholderMustBeALiveContactOfThisAccountAndAppearOnce() {
		long otherAccount = createAccount("Other " + marker);
		long foreign = createContact(otherAccount, "Zhao " + marker);
		Map<String, Object> body = plan("Map", "2026-01-01", "2026-12-31");
		stakeholder(body, contactA, "HIGH", "SUPPORTER");
		stakeholder(body, foreign, "LOW", "NEUTRAL");

		Api.Response refused = owner.api().post(plans(), body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsExactly("stakeholders[1].contactId");

		Map<String, Object> twice = plan("Twice", "2026-01-01", "2026-12-31");
		stakeholder(twice, contactA, "HIGH", "SUPPORTER");
		stakeholder(twice, contactA, "LOW", "NEUTRAL");
		assertThat(fields(owner.api().post(plans(), twice))).containsExactly("stakeholders[1].contactId");

		Map<String, Object> unknown = plan("Unknown", "2026-01-01", "2026-12-31");
		stakeholder(unknown, 987_654_321L, "HIGH", "SUPPORTER");
		assertThat(fields(owner.api().post(plans(), unknown))).containsExactly("stakeholders[0].contactId");
		assertThat(owner.api().get(plans()).json().get("total").asLong()).isZero();
	}

	@Test
	void aPutReplacesTheRowsAndAStaleVersionIsRefused() {
		Map<String, Object> body = plan("Before " + marker, "2026-01-01", "2026-12-31");
		milestone(body, "One", "PLANNED");
		milestone(body, "Two", "PLANNED");
		stakeholder(body, contactA, "HIGH", "CHAMPION");
		long id = create(body).get("id").asLong();

		Map<String, Object> change = plan("After " + marker, "2026-01-01", "2026-06-30");
		milestone(change, "One", "DONE");
		stakeholder(change, contactB, "MEDIUM", "OPPONENT");
		change.put("version", 0);
		Api.Response changed = owner.api().put(plans() + "/" + id, change);
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		JsonNode json = changed.json();
		assertThat(json.get("title").asString()).isEqualTo("After " + marker);
		assertThat(json.get("milestones").size()).isEqualTo(1);
		assertThat(json.get("progress").asInt()).isEqualTo(100);
		assertThat(json.get("stakeholders").size()).isEqualTo(1);
		assertThat(json.get("stakeholders").get(0).get("contactId").asLong()).isEqualTo(contactB);
		assertThat(json.get("version").asLong()).isEqualTo(1);

		Map<String, Object> stale = plan("Stale " + marker, "2026-01-01", "2026-06-30");
		stale.put("version", 0);
		Api.Response refused = owner.api().put(plans() + "/" + id, stale);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		JsonNode kept = owner.api().get(plans() + "/" + id).json();
		assertThat(kept.get("title").asString()).isEqualTo("After " + marker);
		assertThat(kept.get("milestones").size()).as("rows untouched by the refused change").isEqualTo(1);

		stale.remove("version");
		Api.Response noVersion = owner.api().put(plans() + "/" + id, stale);
		assertThat(noVersion.status()).isEqualTo(400);
		assertThat(fields(noVersion)).containsExactly("version");
	}

	@Test
	void aDeletedPlanIsGoneButKeptInTheDatabase() {
		long id = create(plan("Delete me", "2026-01-01", "2026-12-31")).get("id").asLong();

		assertThat(owner.api().delete(plans() + "/" + id).status()).isEqualTo(204);

		assertThat(owner.api().get(plans() + "/" + id).status()).isEqualTo(404);
		assertThat(owner.api().get(plans()).json().get("total").asLong()).isZero();
		assertThat(owner.api().delete(plans() + "/" + id).status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from development_plan where id = :id and deleted_at is not null")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theListIsPagedNewestPeriodFirst() {
		long old = create(plan("2024", "2024-01-01", "2024-12-31")).get("id").asLong();
		long newest = create(plan("2026", "2026-01-01", "2026-12-31")).get("id").asLong();
		long middle = create(plan("2025", "2025-01-01", "2025-12-31")).get("id").asLong();

		JsonNode first = owner.api().get(plans() + "?size=2").json();
		JsonNode second = owner.api().get(plans() + "?size=2&page=1").json();

		assertThat(ids(first)).containsExactly(newest, middle);
		assertThat(first.get("total").asLong()).isEqualTo(3);
		assertThat(first.get("size").asInt()).isEqualTo(2);
		assertThat(ids(second)).containsExactly(old);
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(owner.api().get(plans() + "?size=0").status()).isEqualTo(400);
	}

	@Test
	void anotherAccountManagerNeitherReadsNorChangesThePlans() {
		long id = create(plan("Private", "2026-01-01", "2026-12-31")).get("id").asLong();
		TestUsers.User other = users.create("ACCOUNT_MANAGER");
		Map<String, Object> change = plan("Hijack", "2026-01-01", "2026-12-31");
		change.put("version", 0);

		assertThat(other.api().get(plans()).status()).isEqualTo(403);
		assertThat(other.api().get(plans() + "/" + id).status()).isEqualTo(403);
		assertThat(other.api().post(plans(), plan("Intruder", "2026-01-01", "2026-12-31")).status()).isEqualTo(403);
		assertThat(other.api().put(plans() + "/" + id, change).status()).isEqualTo(403);
		assertThat(other.api().delete(plans() + "/" + id).status()).isEqualTo(403);
	}

	@Test
	void anAnalystReadsButDoesNotChange() {
		long id = create(plan("Read only", "2026-01-01", "2026-12-31")).get("id").asLong();
		TestUsers.User analyst = users.create("ANALYST");
		Map<String, Object> change = plan("Changed", "2026-01-01", "2026-12-31");
		change.put("version", 0);

		assertThat(analyst.api().get(plans()).status()).isEqualTo(200);
		assertThat(analyst.api().get(plans() + "/" + id).status()).isEqualTo(200);
		assertThat(analyst.api().post(plans(), plan("No", "2026-01-01", "2026-12-31")).status()).isEqualTo(403);
		assertThat(analyst.api().put(plans() + "/" + id, change).status()).isEqualTo(403);
		assertThat(analyst.api().delete(plans() + "/" + id).status()).isEqualTo(403);
	}

	@Test
	void plansOfAnUnknownAccountOrUnderAnotherAccountAreNotFound() {
		long id = create(plan("Here", "2026-01-01", "2026-12-31")).get("id").asLong();
		long otherAccount = createAccount("Elsewhere " + marker);

		assertThat(owner.api().get(plans(otherAccount) + "/" + id).status()).isEqualTo(404);
		assertThat(owner.api().get(plans(999_999_999L)).status()).isEqualTo(404);
	}

	@Test
	void anonymousCallersAreUnauthorized() {
		long id = create(plan("Secret", "2026-01-01", "2026-12-31")).get("id").asLong();

		assertThat(api.anonymous().get(plans()).status()).isEqualTo(401);
		assertThat(api.anonymous().get(plans() + "/" + id).status()).isEqualTo(401);
		assertThat(api.anonymous().post(plans(), plan("X", "2026-01-01", "2026-12-31")).status()).isEqualTo(401);
		assertThat(api.anonymous().delete(plans() + "/" + id).status()).isEqualTo(401);
	}

}
