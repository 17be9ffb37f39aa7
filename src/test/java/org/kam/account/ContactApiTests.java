package org.kam.account;

import java.time.LocalDate;
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

/** The contacts of an account, as a client sees them. Runs on H2 and on PostgreSQL. */
@BothDatabases
class ContactApiTests {

	@LocalServerPort
	int port;

	Api api;

	TestUsers users;

	TestUsers.User manager;

	String marker;

	long accountId;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		users = new TestUsers(api);
		manager = users.create("ACCOUNT_MANAGER");
		marker = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = createAccount(manager, "Contacts Ltd " + marker);
	}

	long createAccount(TestUsers.User owner, String name) {
		Api.Response created = owner.api().post("/api/v1/accounts", Map.of("name", name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	String contacts() {
		return contacts(accountId);
	}

	static String contacts(long accountId) {
		return "/api/v1/accounts/" + accountId + "/contacts";
	}

	Map<String, Object> contact(String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("title", "CTO");
		body.put("decisionRole", "INFLUENCER");
		body.put("phone", "+86 (755) 8888-0000");
		body.put("email", "someone@example.com");
		body.put("birthday", "1980-05-17");
		body.put("preferences", "green tea");
		body.put("notes", "met at the fair");
		return body;
	}

	long add(String name, String role, boolean primary) {
		Map<String, Object> body = contact(name);
		body.put("decisionRole", role);
		body.put("primary", primary);
		Api.Response created = manager.api().post(contacts(), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	@Test
	void createsAContactWithItsLocation() {
		Api.Response created = manager.api().post(contacts(), contact("Li Wei " + marker));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo(contacts() + "/" + created.id());
		JsonNode json = created.json();
		assertThat(json.get("accountId").asLong()).isEqualTo(accountId);
		assertThat(json.get("name").asString()).isEqualTo("Li Wei " + marker);
		assertThat(json.get("title").asString()).isEqualTo("CTO");
		assertThat(json.get("decisionRole").asString()).isEqualTo("INFLUENCER");
		assertThat(json.get("phone").asString()).isEqualTo("+86 (755) 8888-0000");
		assertThat(json.get("email").asString()).isEqualTo("someone@example.com");
		assertThat(json.get("birthday").asString()).isEqualTo("1980-05-17");
		assertThat(json.get("primary").asBoolean()).isFalse();
		assertThat(json.get("version").asLong()).isZero();
	}

	@Test
	void aContactWithoutRoleIsOther() {
		Api.Response created = manager.api().post(contacts(), Map.of("name", "Plain " + marker));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("decisionRole").asString()).isEqualTo("OTHER");
	}

	@Test
	void readsAContact() {
		long id = manager.api().post(contacts(), contact("Read Me " + marker)).id();

		Api.Response read = manager.api().get(contacts() + "/" + id);

		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("id").asLong()).isEqualTo(id);
		assertThat(read.json().get("name").asString()).isEqualTo("Read Me " + marker);
		assertThat(read.json().get("preferences").asString()).isEqualTo("green tea");
	}

	@Test
	void decisionMakersComeFirstThenThePrimaryContactThenByName() {
		add("delta", "OTHER", false);
		add("Charlie", "INFLUENCER", false);
		add("Zulu", "DECISION_MAKER", false);
		add("alpha", "DECISION_MAKER", false);
		add("Yankee", "GATEKEEPER", true);
		add("bravo", "USER", false);

		Api.Response list = manager.api().get(contacts());

		assertThat(list.status()).isEqualTo(200);
		JsonNode page = list.json();
		assertThat(names(page)).containsExactly("alpha", "Zulu", "Yankee", "bravo", "Charlie", "delta");
		assertThat(page.get("page").asInt()).isZero();
		assertThat(page.get("size").asInt()).isEqualTo(20);
		assertThat(page.get("total").asLong()).isEqualTo(6);
	}

	@Test
	void listsArePaged() {
		for (String name : List.of("A", "B", "C")) {
			add(name, "OTHER", false);
		}

		JsonNode first = manager.api().get(contacts() + "?page=0&size=2").json();
		JsonNode second = manager.api().get(contacts() + "?page=1&size=2").json();

		assertThat(names(first)).containsExactly("A", "B");
		assertThat(first.get("size").asInt()).isEqualTo(2);
		assertThat(first.get("total").asLong()).isEqualTo(3);
		assertThat(names(second)).containsExactly("C");
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(manager.api().get(contacts() + "?size=0").status()).isEqualTo(400);
	}

	@Test
	void aPutWithTheCurrentVersionChangesTheContactAndIncrementsTheVersion() {
		long id = add("Before " + marker, "OTHER", false);
		Map<String, Object> change = contact("After " + marker);
		change.put("decisionRole", "DECISION_MAKER");
		change.put("version", 0);

		Api.Response updated = manager.api().put(contacts() + "/" + id, change);

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("name").asString()).isEqualTo("After " + marker);
		assertThat(updated.json().get("decisionRole").asString()).isEqualTo("DECISION_MAKER");
		assertThat(updated.version()).isEqualTo(1);
		assertThat(manager.api().get(contacts() + "/" + id).version()).isEqualTo(1);

		change.put("version", 1);
		assertThat(manager.api().put(contacts() + "/" + id, change).version()).isEqualTo(2);
	}

	@Test
	void aStaleVersionIsRefusedWithTheCurrentVersion() {
		long id = add("Stale " + marker, "OTHER", false);
		Map<String, Object> change = contact("First writer " + marker);
		change.put("version", 0);
		assertThat(manager.api().put(contacts() + "/" + id, change).status()).isEqualTo(200);

		change.put("name", "Lost update " + marker);
		Api.Response stale = manager.api().put(contacts() + "/" + id, change);

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
		assertThat(manager.api().get(contacts() + "/" + id).json().get("name").asString())
			.isEqualTo("First writer " + marker);
	}

	@Test
	void aPutWithoutVersionIsABadRequest() {
		long id = add("No version " + marker, "OTHER", false);

		Api.Response response = manager.api().put(contacts() + "/" + id, contact("Changed " + marker));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(fields(response)).containsExactly("version");
		assertThat(manager.api().get(contacts() + "/" + id).json().get("name").asString())
			.isEqualTo("No version " + marker);
	}

	@Test
	void aDeletedContactIsGone() {
		long id = add("Leaving " + marker, "DECISION_MAKER", true);

		Api.Response deleted = manager.api().delete(contacts() + "/" + id);

		assertThat(deleted.status()).isEqualTo(204);
		Api.Response read = manager.api().get(contacts() + "/" + id);
		assertThat(read.status()).isEqualTo(404);
		assertThat(read.contentType()).startsWith("application/problem+json");
		assertThat(manager.api().get(contacts()).json().get("total").asLong()).isZero();
		assertThat(manager.api().delete(contacts() + "/" + id).status()).isEqualTo(404);
		Map<String, Object> change = contact("Back again " + marker);
		change.put("version", 1);
		assertThat(manager.api().put(contacts() + "/" + id, change).status()).isEqualTo(404);
	}

	@Test
	void invalidFieldsAreListedOneByOne() {
		Map<String, Object> body = contact(" ");
		body.put("email", "not-an-email");
		body.put("phone", "call me maybe");
		body.put("birthday", LocalDate.now().plusYears(1).toString());

		Api.Response response = manager.api().post(contacts(), body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(fields(response)).containsExactlyInAnyOrder("name", "email", "phone", "birthday");
		assertThat(manager.api().get(contacts()).json().get("total").asLong()).isZero();
	}

	@Test
	void eachInvalidFieldIsNamed() {
		assertThat(fieldsOf("name", "")).containsExactly("name");
		assertThat(fieldsOf("name", null)).containsExactly("name");
		assertThat(fieldsOf("email", "someone@")).containsExactly("email");
		assertThat(fieldsOf("phone", "12a34")).containsExactly("phone");
		assertThat(fieldsOf("phone", "+-()")).containsExactly("phone");
		assertThat(fieldsOf("birthday", LocalDate.now().plusDays(2).toString())).containsExactly("birthday");
		assertThat(fieldsOf("name", "x".repeat(101))).containsExactly("name");
	}

	@Test
	void unknownDecisionRolesAndWrongTypesAreBadRequests() {
		Map<String, Object> badRole = contact("Role " + marker);
		badRole.put("decisionRole", "BOSS");
		Api.Response role = manager.api().post(contacts(), badRole);
		assertThat(role.status()).isEqualTo(400);
		assertThat(role.contentType()).startsWith("application/problem+json");
		assertThat(fields(role)).containsExactly("decisionRole");
		assertThat(role.json().toString()).contains("DECISION_MAKER");

		for (Object notADate : List.of(Map.of("year", 1980), true, List.of("1980-05-17"))) {
			Map<String, Object> badDate = contact("Date " + marker);
			badDate.put("birthday", notADate);
			Api.Response date = manager.api().post(contacts(), badDate);
			assertThat(date.status()).as(notADate + ": " + date).isEqualTo(400);
			assertThat(date.contentType()).startsWith("application/problem+json");
			assertThat(date.json().has("errors")).as(notADate + ": " + date).isTrue();
			assertThat(fields(date)).containsExactly("birthday");
		}

		Api.Response malformed = manager.api().send("POST", contacts(), "{\"name\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aBirthdayStringThatIsNotADateIsNamed() {
		for (String notADate : List.of("17 May 1980", "1980-13-45", "yesterday")) {
			Map<String, Object> badDate = contact("Date " + marker);
			badDate.put("birthday", notADate);
			Api.Response date = manager.api().post(contacts(), badDate);
			assertThat(date.status()).as(notADate + ": " + date).isEqualTo(400);
			assertThat(date.contentType()).startsWith("application/problem+json");
			assertThat(date.json().has("errors")).as(notADate + ": " + date).isTrue();
			assertThat(fields(date)).containsExactly("birthday");
		}
	}

	@Test
	void aNewPrimaryContactDemotesTheOldOne() {
		long first = add("First " + marker, "OTHER", true);
		long second = add("Second " + marker, "OTHER", false);
		assertThat(primary(first)).isTrue();

		Map<String, Object> promote = contact("Second " + marker);
		promote.put("primary", true);
		promote.put("version", 0);
		Api.Response promoted = manager.api().put(contacts() + "/" + second, promote);

		assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
		assertThat(primary(second)).isTrue();
		assertThat(primary(first)).isFalse();

		long third = add("Third " + marker, "OTHER", true);
		assertThat(primary(third)).isTrue();
		assertThat(primary(second)).isFalse();
		assertThat(primary(first)).isFalse();
	}

	@Test
	void anAccountManagerNeitherReadsNorAddsContactsOfAnotherManagersAccount() {
		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		long theirs = createAccount(colleague, "Theirs " + marker);
		long contactId = colleague.api().post(contacts(theirs), contact("Secret " + marker)).id();

		Api.Response list = manager.api().get(contacts(theirs));
		assertThat(list.status()).isEqualTo(403);
		assertThat(list.contentType()).startsWith("application/problem+json");
		assertThat(manager.api().get(contacts(theirs) + "/" + contactId).status()).isEqualTo(403);
		assertThat(manager.api().post(contacts(theirs), contact("Intruder " + marker)).status()).isEqualTo(403);
		Map<String, Object> change = contact("Changed " + marker);
		change.put("version", 0);
		assertThat(manager.api().put(contacts(theirs) + "/" + contactId, change).status()).isEqualTo(403);
		assertThat(manager.api().delete(contacts(theirs) + "/" + contactId).status()).isEqualTo(403);

		JsonNode untouched = colleague.api().get(contacts(theirs) + "/" + contactId).json();
		assertThat(untouched.get("name").asString()).isEqualTo("Secret " + marker);
		assertThat(colleague.api().get(contacts(theirs)).json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void anAnalystReadsContactsButDoesNotChangeThem() {
		long id = add("Known " + marker, "DECISION_MAKER", false);
		TestUsers.User analyst = users.create("ANALYST");

		assertThat(analyst.api().get(contacts()).status()).isEqualTo(200);
		assertThat(analyst.api().get(contacts() + "/" + id).json().get("name").asString()).isEqualTo("Known " + marker);

		Api.Response create = analyst.api().post(contacts(), contact("Analyst's " + marker));
		assertThat(create.status()).isEqualTo(403);
		assertThat(create.contentType()).startsWith("application/problem+json");
		Map<String, Object> change = contact("Changed " + marker);
		change.put("version", 0);
		assertThat(analyst.api().put(contacts() + "/" + id, change).status()).isEqualTo(403);
		assertThat(analyst.api().delete(contacts() + "/" + id).status()).isEqualTo(403);
		assertThat(manager.api().get(contacts()).json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void aTeamManagerChangesTheContactsOfAnyAccount() {
		long id = add("Managed " + marker, "OTHER", false);
		TestUsers.User teamManager = users.create("MANAGER");

		Api.Response created = teamManager.api().post(contacts(), contact("Added by manager " + marker));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		Map<String, Object> change = contact("Changed by manager " + marker);
		change.put("version", 0);
		assertThat(teamManager.api().put(contacts() + "/" + id, change).status()).isEqualTo(200);
		assertThat(teamManager.api().delete(contacts() + "/" + created.id()).status()).isEqualTo(204);

		assertThat(names(manager.api().get(contacts()).json())).containsExactly("Changed by manager " + marker);
	}

	@Test
	void aContactIsNotFoundUnderAnotherAccount() {
		long id = add("Mine " + marker, "OTHER", false);
		long otherAccount = createAccount(manager, "Other " + marker);

		Api.Response read = manager.api().get(contacts(otherAccount) + "/" + id);
		assertThat(read.status()).isEqualTo(404);
		assertThat(read.contentType()).startsWith("application/problem+json");
		Map<String, Object> change = contact("Moved " + marker);
		change.put("version", 0);
		assertThat(manager.api().put(contacts(otherAccount) + "/" + id, change).status()).isEqualTo(404);
		assertThat(manager.api().delete(contacts(otherAccount) + "/" + id).status()).isEqualTo(404);

		assertThat(manager.api().get(contacts() + "/" + id).json().get("name").asString()).isEqualTo("Mine " + marker);
	}

	@Test
	void contactsOfAnUnknownAccountAreNotFound() {
		String unknown = contacts(987654321L);

		Api.Response list = manager.api().get(unknown);
		assertThat(list.status()).isEqualTo(404);
		assertThat(list.contentType()).startsWith("application/problem+json");
		assertThat(manager.api().post(unknown, contact("Nobody " + marker)).status()).isEqualTo(404);
		assertThat(manager.api().get(unknown + "/1").status()).isEqualTo(404);
		assertThat(users.admin().get(unknown).status()).isEqualTo(404);
		assertThat(manager.api().get(contacts() + "/987654321").status()).isEqualTo(404);
	}

	@Test
	void anonymousCallersAreUnauthorized() {
		long id = add("Private " + marker, "OTHER", false);

		Api.Response list = api.anonymous().get(contacts());
		assertThat(list.status()).isEqualTo(401);
		assertThat(list.contentType()).startsWith("application/problem+json");
		assertThat(api.anonymous().get(contacts() + "/" + id).status()).isEqualTo(401);
		assertThat(api.as(manager.username(), "wrong-password").get(contacts()).status()).isEqualTo(401);
		assertThat(api.as(manager.username(), "wrong-password").post(contacts(), contact("X")).status()).isEqualTo(401);
	}

	private boolean primary(long id) {
		Api.Response read = manager.api().get(contacts() + "/" + id);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		return read.json().get("primary").asBoolean();
	}

	private List<String> fieldsOf(String field, Object value) {
		Map<String, Object> body = contact("Field " + marker);
		body.put(field, value);
		Api.Response response = manager.api().post(contacts(), body);
		assertThat(response.status()).as(field + "=" + value + ": " + response).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		return fields(response);
	}

	static List<String> names(JsonNode page) {
		return page.get("items").valueStream().map(item -> item.get("name").asString()).toList();
	}

	static List<String> fields(Api.Response response) {
		return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}

}
