package org.kam.survey;

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
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/surveys}: answered surveys across the accounts the caller may read,
 * with filters and paging. Runs on H2 and on PostgreSQL. Each test narrows to its own
 * fresh owner, the database being shared by the test classes.
 */
@BothDatabases
class SurveyListApiTests {

	@LocalServerPort
	int port;

	TestUsers users;

	TestUsers.User owner;

	String marker;

	long firstAccount;

	long secondAccount;

	@BeforeEach
	void setUp() {
		users = new TestUsers(new Api(port));
		owner = users.create("ACCOUNT_MANAGER");
		marker = "l" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		firstAccount = SurveyApiTests.createAccount(owner, "First Ltd " + marker);
		secondAccount = SurveyApiTests.createAccount(owner, "Second Ltd " + marker);
	}

	long add(long accountId, String date, int overall, Integer nps) {
		Map<String, Object> body = new HashMap<>(Map.of("surveyedOn", date, "productQuality", 4, "serviceAttitude", 3,
				"responseSpeed", 2, "overall", overall, "respondentName", "Li Si " + marker));
		body.put("nps", nps);
		Api.Response created = owner.api().post(SurveyApiTests.surveys(accountId), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	String mine(String more) {
		return "/api/v1/surveys?ownerId=" + owner.id() + (more.isEmpty() ? "" : "&" + more);
	}

	static List<Long> ids(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
		return ids;
	}

	static List<String> fields(Api.Response problem) {
		List<String> fields = new ArrayList<>();
		problem.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	@Test
	void filtersByAccount() {
		long first = add(firstAccount, "2026-01-05", 4, 9);
		long second = add(secondAccount, "2026-02-05", 2, 3);

		Api.Response one = owner.api().get(mine("accountId=" + firstAccount));

		assertThat(one.status()).as(one.toString()).isEqualTo(200);
		assertThat(ids(one.json())).containsExactly(first);
		assertThat(one.json().get("total").asLong()).isEqualTo(1);
		assertThat(ids(owner.api().get("/api/v1/surveys?accountId=" + secondAccount).json())).containsExactly(second);
		Api.Response bad = owner.api().get(mine("accountId=x"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactly("accountId");
		Api.Response unknown = owner.api().get(mine("bogus=1"));
		assertThat(unknown.status()).as("an unknown parameter is refused, not ignored").isEqualTo(400);
		assertThat(fields(unknown)).containsExactly("bogus");
	}

	@Test
	void listsTheSurveysOfEveryReadableAccountNewestFirstInPages() {
		long oldest = add(firstAccount, "2026-01-05", 4, 9);
		long middle = add(secondAccount, "2026-02-05", 2, 3);
		long newest = add(firstAccount, "2026-03-05", 5, 7);

		Api.Response all = owner.api().get(mine(""));

		assertThat(all.status()).as(all.toString()).isEqualTo(200);
		JsonNode json = all.json();
		assertThat(ids(json)).containsExactly(newest, middle, oldest);
		assertThat(json.get("page").asInt()).isZero();
		assertThat(json.get("size").asInt()).isEqualTo(20);
		assertThat(json.get("total").asLong()).isEqualTo(3);
		assertThat(json.get("totalExact").asBoolean()).isTrue();
		JsonNode first = json.get("items").get(0);
		assertThat(first.get("accountId").asLong()).isEqualTo(firstAccount);
		assertThat(first.get("surveyedOn").asString()).isEqualTo("2026-03-05");
		assertThat(first.get("overall").asInt()).isEqualTo(5);
		assertThat(first.get("nps").asInt()).isEqualTo(7);
		assertThat(first.get("respondentName").asString()).isEqualTo("Li Si " + marker);

		JsonNode second = owner.api().get(mine("size=2&page=1")).json();
		assertThat(ids(second)).containsExactly(oldest);
		assertThat(second.get("total").asLong()).isEqualTo(3);
		assertThat(ids(owner.api().get(mine("sort=surveyedOn,asc")).json())).containsExactly(oldest, middle, newest);
		assertThat(ids(owner.api().get(mine("sort=overall,asc")).json())).containsExactly(middle, oldest, newest);
		assertThat(ids(owner.api().get(mine("sort=overall,desc")).json())).containsExactly(newest, oldest, middle);
	}

	@Test
	void filtersByDatesOverallScoreAndNpsGroup() {
		long promoter = add(firstAccount, "2026-01-05", 4, 10);
		long detractor = add(secondAccount, "2026-02-05", 2, 6);
		long passive = add(firstAccount, "2026-03-05", 1, 7);
		long silent = add(firstAccount, "2026-04-05", 3, null);

		assertThat(ids(owner.api().get(mine("from=2026-02-05&to=2026-03-05")).json())).containsExactly(passive,
				detractor);
		assertThat(ids(owner.api().get(mine("from=2026-03-01")).json())).containsExactly(silent, passive);
		assertThat(ids(owner.api().get(mine("to=2026-01-05")).json())).containsExactly(promoter);
		assertThat(ids(owner.api().get(mine("maxOverall=2")).json())).containsExactly(passive, detractor);
		assertThat(ids(owner.api().get(mine("maxOverall=3")).json())).containsExactly(silent, passive, detractor);
		assertThat(ids(owner.api().get(mine("npsGroup=PROMOTER")).json())).containsExactly(promoter);
		assertThat(ids(owner.api().get(mine("npsGroup=PASSIVE")).json())).containsExactly(passive);
		assertThat(ids(owner.api().get(mine("npsGroup=DETRACTOR")).json())).containsExactly(detractor);
		assertThat(ids(owner.api().get(mine("npsGroup=DETRACTOR&maxOverall=1")).json())).isEmpty();
	}

	@Test
	void aDeletedSurveyLeavesTheList() {
		long kept = add(firstAccount, "2026-01-05", 4, 9);
		long deleted = add(firstAccount, "2026-01-06", 4, 9);
		assertThat(owner.api().delete(SurveyApiTests.surveys(firstAccount) + "/" + deleted).status()).isEqualTo(204);

		JsonNode page = owner.api().get(mine("")).json();
		assertThat(ids(page)).containsExactly(kept);
		assertThat(page.get("total").asLong()).isEqualTo(1);
	}

	@Test
	void aUserWithoutAccessToTheAccountsDoesNotSeeTheirSurveys() {
		long survey = add(firstAccount, "2026-01-05", 1, 0);
		TestUsers.User stranger = users.create("ACCOUNT_MANAGER");
		long theirs = SurveyApiTests.createAccount(stranger, "Theirs " + marker);
		Map<String, Object> body = new HashMap<>(Map.of("surveyedOn", "2026-01-06", "productQuality", 4,
				"serviceAttitude", 4, "responseSpeed", 4, "overall", 4, "respondentName", "Zhao " + marker));
		long theirSurvey = stranger.api().post(SurveyApiTests.surveys(theirs), body).id();

		JsonNode strangers = stranger.api().get("/api/v1/surveys?size=200").json();
		assertThat(ids(strangers)).containsExactly(theirSurvey);
		assertThat(strangers.get("total").asLong()).isEqualTo(1);
		JsonNode filtered = stranger.api().get(mine("")).json();
		assertThat(ids(filtered)).isEmpty();
		assertThat(filtered.get("total").asLong()).isZero();
		assertThat(ids(owner.api().get("/api/v1/surveys?size=200").json())).containsExactly(survey);

		assertThat(ids(users.create("ANALYST").api().get(mine("")).json())).containsExactly(survey);
		assertThat(ids(users.create("MANAGER").api().get("/api/v1/surveys?ownerId=" + stranger.id()).json()))
			.containsExactly(theirSurvey);
		assertThat(ids(users.create("COLLECTOR").api().get(mine("")).json())).isEmpty();
		assertThat(new Api(port).anonymous().get("/api/v1/surveys").status()).isEqualTo(401);
	}

	@Test
	void badFilterValuesAreFieldErrorsInOneProblem() {
		Api.Response bad = owner.api()
			.get("/api/v1/surveys?from=2026-13-01&to=yesterday&maxOverall=6&npsGroup=HAPPY&ownerId=me&size=500");

		assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(bad.json().get("title").asString()).isEqualTo("Invalid request");
		assertThat(fields(bad)).containsExactlyInAnyOrder("from", "to", "maxOverall", "npsGroup", "ownerId", "size");
		assertThat(bad.toString()).contains("must be a date (yyyy-MM-dd)")
			.contains("must be a whole number from 1 to 5")
			.contains("must be one of PROMOTER, PASSIVE, DETRACTOR");

		assertThat(fields(owner.api().get("/api/v1/surveys?maxOverall=0"))).containsExactly("maxOverall");
		assertThat(fields(owner.api().get("/api/v1/surveys?maxOverall=x"))).containsExactly("maxOverall");
		assertThat(fields(owner.api().get("/api/v1/surveys?from=2026-03-01&to=2026-02-01"))).containsExactly("to");
		assertThat(fields(owner.api().get("/api/v1/surveys?sort=nps"))).containsExactly("sort");
		assertThat(fields(owner.api().get("/api/v1/surveys?sort=overall,up"))).containsExactly("sort");
		assertThat(fields(owner.api().get("/api/v1/surveys?page=-1"))).containsExactly("page");
		assertThat(fields(owner.api().get("/api/v1/surveys?page=x"))).containsExactly("page");
		assertThat(fields(owner.api().get("/api/v1/surveys?page=500&size=20")))
			.as("paging stops at the count cap, as the account list's")
			.containsExactly("page");
	}

}
