package org.kam.survey;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * An account's satisfaction surveys and survey links, as a client sees them. Runs on H2
 * and on PostgreSQL.
 */
@BothDatabases
class SurveyApiTests {

	@LocalServerPort
	int port;

	Api api;

	TestUsers users;

	TestUsers.User manager;

	String marker;

	long accountId;

	long contactId;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		users = new TestUsers(api);
		manager = users.create("ACCOUNT_MANAGER");
		marker = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = createAccount(manager, "Surveyed Ltd " + marker);
		contactId = addContact(manager, accountId, "Zhang San " + marker);
	}

	static long createAccount(TestUsers.User owner, String name) {
		Api.Response created = owner.api().post("/api/v1/accounts", Map.of("name", name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	static long addContact(TestUsers.User owner, long accountId, String name) {
		Api.Response created = owner.api().post("/api/v1/accounts/" + accountId + "/contacts", Map.of("name", name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	static String surveys(long accountId) {
		return "/api/v1/accounts/" + accountId + "/surveys";
	}

	String surveys() {
		return surveys(accountId);
	}

	String links() {
		return surveys() + "/invitations";
	}

	Map<String, Object> survey(String date, int quality, int attitude, int speed, int overall, Integer nps) {
		Map<String, Object> body = new HashMap<>();
		body.put("surveyedOn", date);
		body.put("productQuality", quality);
		body.put("serviceAttitude", attitude);
		body.put("responseSpeed", speed);
		body.put("overall", overall);
		body.put("nps", nps);
		body.put("needs", "更多培训");
		body.put("suggestions", "faster invoices");
		body.put("respondentContactId", contactId);
		return body;
	}

	Map<String, Object> survey() {
		return survey("2026-03-10", 4, 5, 3, 4, 8);
	}

	long add(Map<String, Object> body) {
		Api.Response created = manager.api().post(surveys(), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	@Test
	void createsASurveyWithItsLocation() {
		Api.Response created = manager.api().post(surveys(), survey());

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo(surveys() + "/" + created.id());
		JsonNode json = created.json();
		assertThat(json.get("accountId").asLong()).isEqualTo(accountId);
		assertThat(json.get("surveyedOn").asString()).isEqualTo("2026-03-10");
		assertThat(json.get("productQuality").asInt()).isEqualTo(4);
		assertThat(json.get("serviceAttitude").asInt()).isEqualTo(5);
		assertThat(json.get("responseSpeed").asInt()).isEqualTo(3);
		assertThat(json.get("overall").asInt()).isEqualTo(4);
		assertThat(json.get("nps").asInt()).isEqualTo(8);
		assertThat(json.get("needs").asString()).isEqualTo("更多培训");
		assertThat(json.get("suggestions").asString()).isEqualTo("faster invoices");
		assertThat(json.get("respondentContactId").asLong()).isEqualTo(contactId);
		assertThat(json.get("respondentName").isNull()).isTrue();
		assertThat(json.get("source").asString()).isEqualTo("STAFF");
		assertThat(json.get("version").asLong()).isZero();

		Api.Response read = manager.api().get(surveys() + "/" + created.id());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("overall").asInt()).isEqualTo(4);
	}

	@Test
	void aRespondentMayBeANameInsteadOfAContactAndTheNpsMayBeLeftOut() {
		Map<String, Object> body = survey("2026-01-05", 3, 3, 3, 3, null);
		body.remove("respondentContactId");
		body.put("respondentName", "王经理");

		Api.Response created = manager.api().post(surveys(), body);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("respondentName").asString()).isEqualTo("王经理");
		assertThat(created.json().get("respondentContactId").isNull()).isTrue();
		assertThat(created.json().get("nps").isNull()).isTrue();
	}

	@Test
	void listsNewestFirstFilteredByDateAndPaged() {
		add(survey("2025-11-20", 3, 3, 3, 3, 5));
		add(survey("2026-02-01", 4, 4, 4, 4, 7));
		add(survey("2026-04-15", 5, 5, 5, 5, 10));

		JsonNode all = manager.api().get(surveys()).json();
		assertThat(dates(all)).containsExactly("2026-04-15", "2026-02-01", "2025-11-20");
		assertThat(all.get("total").asLong()).isEqualTo(3);
		assertThat(all.get("page").asInt()).isZero();
		assertThat(all.get("size").asInt()).isEqualTo(20);

		assertThat(dates(manager.api().get(surveys() + "?from=2026-01-01").json())).containsExactly("2026-04-15",
				"2026-02-01");
		assertThat(dates(manager.api().get(surveys() + "?from=2026-01-01&to=2026-03-31").json()))
			.containsExactly("2026-02-01");
		assertThat(dates(manager.api().get(surveys() + "?sort=surveyedOn,asc").json())).containsExactly("2025-11-20",
				"2026-02-01", "2026-04-15");

		JsonNode second = manager.api().get(surveys() + "?page=1&size=2").json();
		assertThat(dates(second)).containsExactly("2025-11-20");
		assertThat(second.get("total").asLong()).isEqualTo(3);

		assertThat(manager.api().get(surveys() + "?size=0").status()).isEqualTo(400);
		assertThat(manager.api().get(surveys() + "?sort=overall").status()).isEqualTo(400);
		assertThat(manager.api().get(surveys() + "?from=yesterday").status()).isEqualTo(400);
		Api.Response backwards = manager.api().get(surveys() + "?from=2026-05-01&to=2026-01-01");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(fields(backwards)).containsExactly("to");
	}

	@Test
	void theTrendAveragesEachMonth() {
		add(survey("2026-01-05", 2, 4, 3, 3, 4));
		add(survey("2026-01-25", 4, 5, 4, 4, null));
		add(survey("2026-03-10", 5, 5, 5, 5, 10));
		long deleted = add(survey("2026-03-11", 1, 1, 1, 1, 0));
		assertThat(manager.api().delete(surveys() + "/" + deleted).status()).isEqualTo(204);

		Api.Response trend = manager.api().get(surveys() + "/trend");

		assertThat(trend.status()).as(trend.toString()).isEqualTo(200);
		JsonNode months = trend.json();
		assertThat(months.size()).isEqualTo(2);
		JsonNode january = months.get(0);
		assertThat(january.get("month").asString()).isEqualTo("2026-01");
		assertThat(january.get("surveys").asLong()).isEqualTo(2);
		assertThat(january.get("productQuality").asDouble()).isEqualTo(3.0);
		assertThat(january.get("serviceAttitude").asDouble()).isEqualTo(4.5);
		assertThat(january.get("responseSpeed").asDouble()).isEqualTo(3.5);
		assertThat(january.get("overall").asDouble()).isEqualTo(3.5);
		assertThat(january.get("nps").asDouble()).as("only those who gave one").isEqualTo(4.0);
		JsonNode march = months.get(1);
		assertThat(march.get("month").asString()).isEqualTo("2026-03");
		assertThat(march.get("surveys").asLong()).isEqualTo(1);
		assertThat(march.get("overall").asDouble()).isEqualTo(5.0);

		JsonNode fromFebruary = manager.api().get(surveys() + "/trend?from=2026-02-01").json();
		assertThat(fromFebruary.size()).isEqualTo(1);
		assertThat(fromFebruary.get(0).get("month").asString()).isEqualTo("2026-03");
	}

	@Test
	void aPutWithTheCurrentVersionChangesTheSurveyAndAStaleOneIsRefused() {
		long id = add(survey());
		Map<String, Object> change = survey("2026-03-11", 2, 2, 2, 2, 3);
		change.put("version", 0);

		Api.Response updated = manager.api().put(surveys() + "/" + id, change);

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("overall").asInt()).isEqualTo(2);
		assertThat(updated.json().get("surveyedOn").asString()).isEqualTo("2026-03-11");
		assertThat(updated.version()).isEqualTo(1);

		change.put("overall", 5);
		Api.Response stale = manager.api().put(surveys() + "/" + id, change);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
		assertThat(manager.api().get(surveys() + "/" + id).json().get("overall").asInt()).isEqualTo(2);

		change.remove("version");
		Api.Response noVersion = manager.api().put(surveys() + "/" + id, change);
		assertThat(noVersion.status()).isEqualTo(400);
		assertThat(fields(noVersion)).containsExactly("version");
	}

	@Test
	void aDeletedSurveyIsGone() {
		long id = add(survey());

		assertThat(manager.api().delete(surveys() + "/" + id).status()).isEqualTo(204);

		assertThat(manager.api().get(surveys() + "/" + id).status()).isEqualTo(404);
		assertThat(manager.api().get(surveys()).json().get("total").asLong()).isZero();
		assertThat(manager.api().delete(surveys() + "/" + id).status()).isEqualTo(404);
		Map<String, Object> change = survey();
		change.put("version", 1);
		assertThat(manager.api().put(surveys() + "/" + id, change).status()).isEqualTo(404);
	}

	@Test
	void scoresOutsideTheirRangesAreNamedOneByOne() {
		assertThat(fieldsOf("productQuality", 0)).containsExactly("productQuality");
		assertThat(fieldsOf("productQuality", 6)).containsExactly("productQuality");
		assertThat(fieldsOf("serviceAttitude", -1)).containsExactly("serviceAttitude");
		assertThat(fieldsOf("responseSpeed", 10)).containsExactly("responseSpeed");
		assertThat(fieldsOf("overall", null)).containsExactly("overall");
		assertThat(fieldsOf("nps", 11)).containsExactly("nps");
		assertThat(fieldsOf("nps", -1)).containsExactly("nps");
		assertThat(fieldsOf("productQuality", "good")).containsExactly("productQuality");
		assertThat(fieldsOf("surveyedOn", null)).containsExactly("surveyedOn");
		assertThat(fieldsOf("surveyedOn", "10 March")).containsExactly("surveyedOn");
		assertThat(fieldsOf("surveyedOn", LocalDate.now().plusDays(3).toString())).containsExactly("surveyedOn");
		assertThat(fieldsOf("needs", "x".repeat(4001))).containsExactly("needs");
		assertThat(manager.api().get(surveys()).json().get("total").asLong()).isZero();
	}

	@Test
	void theRangeMessagesSpeakTheCallersLanguage() {
		Map<String, Object> body = survey();
		body.put("overall", 9);
		Api.Response english = manager.api().post(surveys(), body);
		assertThat(english.json().toString()).contains("must be a whole number from 1 to 5");
	}

	@Test
	void theRespondentIsAContactOfTheAccountOrANameButNotBoth() {
		Map<String, Object> nobody = survey();
		nobody.remove("respondentContactId");
		assertThat(fields(manager.api().post(surveys(), nobody))).containsExactly("respondentName");

		Map<String, Object> both = survey();
		both.put("respondentName", "Someone");
		assertThat(fields(manager.api().post(surveys(), both))).containsExactly("respondentName");

		long otherAccount = createAccount(manager, "Other " + marker);
		long stranger = addContact(manager, otherAccount, "Stranger " + marker);
		Map<String, Object> foreign = survey();
		foreign.put("respondentContactId", stranger);
		assertThat(fields(manager.api().post(surveys(), foreign))).containsExactly("respondentContactId");

		Map<String, Object> unknown = survey();
		unknown.put("respondentContactId", 987654321L);
		assertThat(fields(manager.api().post(surveys(), unknown))).containsExactly("respondentContactId");
		assertThat(manager.api().get(surveys()).json().get("total").asLong()).isZero();
	}

	@Test
	void anAnalystReadsSurveysButDoesNotChangeThemOrCreateLinks() {
		long id = add(survey());
		TestUsers.User analyst = users.create("ANALYST");

		assertThat(analyst.api().get(surveys()).status()).isEqualTo(200);
		assertThat(analyst.api().get(surveys() + "/" + id).status()).isEqualTo(200);
		assertThat(analyst.api().get(surveys() + "/trend").status()).isEqualTo(200);
		assertThat(analyst.api().get(links()).status()).isEqualTo(200);

		Api.Response create = analyst.api().post(surveys(), survey());
		assertThat(create.status()).isEqualTo(403);
		assertThat(create.contentType()).startsWith("application/problem+json");
		Map<String, Object> change = survey();
		change.put("version", 0);
		assertThat(analyst.api().put(surveys() + "/" + id, change).status()).isEqualTo(403);
		assertThat(analyst.api().delete(surveys() + "/" + id).status()).isEqualTo(403);
		assertThat(analyst.api().post(links(), Map.of()).status()).isEqualTo(403);
		assertThat(manager.api().get(surveys() + "/" + id).version()).isZero();
	}

	@Test
	void anAccountManagerNeitherReadsNorWritesAnotherManagersSurveys() {
		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		long id = add(survey());

		assertThat(colleague.api().get(surveys()).status()).isEqualTo(403);
		assertThat(colleague.api().get(surveys() + "/" + id).status()).isEqualTo(403);
		assertThat(colleague.api().get(surveys() + "/trend").status()).isEqualTo(403);
		assertThat(colleague.api().post(surveys(), survey()).status()).isEqualTo(403);
		assertThat(colleague.api().delete(surveys() + "/" + id).status()).isEqualTo(403);
		assertThat(colleague.api().get(links()).status()).isEqualTo(403);
		assertThat(colleague.api().post(links(), Map.of()).status()).isEqualTo(403);
		assertThat(manager.api().get(surveys()).json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void aTeamManagerWritesTheSurveysOfAnyAccount() {
		TestUsers.User teamManager = users.create("MANAGER");

		Api.Response created = teamManager.api().post(surveys(), survey());

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(teamManager.api().delete(surveys() + "/" + created.id()).status()).isEqualTo(204);
	}

	@Test
	void surveysOfUnknownAccountsAndOtherAccountsAreNotFound() {
		long id = add(survey());
		long otherAccount = createAccount(manager, "Other " + marker);

		assertThat(manager.api().get(surveys(987654321L)).status()).isEqualTo(404);
		assertThat(manager.api().get(surveys(otherAccount) + "/" + id).status()).isEqualTo(404);
		assertThat(manager.api().delete(surveys(otherAccount) + "/" + id).status()).isEqualTo(404);
		assertThat(manager.api().get(surveys() + "/" + id).status()).isEqualTo(200);
	}

	@Test
	void anonymousCallersAreUnauthorized() {
		Api.Response list = api.anonymous().get(surveys());
		assertThat(list.status()).isEqualTo(401);
		assertThat(list.contentType()).startsWith("application/problem+json");
		assertThat(api.anonymous().post(surveys(), survey()).status()).isEqualTo(401);
		assertThat(api.anonymous().get(links()).status()).isEqualTo(401);
		assertThat(api.anonymous().post(links(), Map.of()).status()).isEqualTo(401);
	}

	// --- links ---

	@Test
	void aNewLinkCarriesItsUrlOnceAndIsListedWithoutIt() {
		Api.Response created = manager.api().post(links(), Map.of("contactId", contactId, "expiresInDays", 7));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode json = created.json();
		assertThat(json.get("url").asString()).matches("http://localhost:" + port + "/s/[A-Za-z0-9_-]{43}");
		assertThat(json.get("status").asString()).isEqualTo("OPEN");
		assertThat(json.get("contactId").asLong()).isEqualTo(contactId);
		assertThat(Duration.between(OffsetDateTime.parse(json.get("createdAt").asString()),
				OffsetDateTime.parse(json.get("expiresAt").asString())))
			.isEqualTo(Duration.ofDays(7));
		assertThat(created.header("Location")).isEqualTo(links() + "/" + created.id());

		JsonNode list = manager.api().get(links()).json();
		assertThat(list.get("total").asLong()).isEqualTo(1);
		assertThat(list.get("items").get(0).get("url").isNull()).isTrue();
		assertThat(manager.api().get(links() + "/" + created.id()).json().get("status").asString()).isEqualTo("OPEN");

		String other = manager.api().post(links(), Map.of()).json().get("url").asString();
		assertThat(other).isNotEqualTo(json.get("url").asString());
	}

	@Test
	void aLinkIsRevokedOnceAndItsBoundsAreChecked() {
		long id = manager.api().post(links(), Map.of()).id();

		assertThat(manager.api().delete(links() + "/" + id).status()).isEqualTo(204);
		assertThat(manager.api().get(links() + "/" + id).json().get("status").asString()).isEqualTo("REVOKED");
		assertThat(manager.api().delete(links() + "/" + id).status()).isEqualTo(204);
		assertThat(manager.api().delete(links() + "/987654321").status()).isEqualTo(404);

		assertThat(fields(manager.api().post(links(), Map.of("expiresInDays", 0)))).containsExactly("expiresInDays");
		assertThat(fields(manager.api().post(links(), Map.of("expiresInDays", 91)))).containsExactly("expiresInDays");
		long otherAccount = createAccount(manager, "Other " + marker);
		long stranger = addContact(manager, otherAccount, "Stranger " + marker);
		assertThat(fields(manager.api().post(links(), Map.of("contactId", stranger)))).containsExactly("contactId");
	}

	private List<String> fieldsOf(String field, Object value) {
		Map<String, Object> body = survey();
		body.put(field, value);
		Api.Response response = manager.api().post(surveys(), body);
		assertThat(response.status()).as(field + "=" + value + ": " + response).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		return fields(response);
	}

	static List<String> dates(JsonNode page) {
		return page.get("items").valueStream().map(item -> item.get("surveyedOn").asString()).toList();
	}

	static List<String> fields(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}

}
