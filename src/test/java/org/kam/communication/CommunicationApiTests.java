package org.kam.communication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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

/** Communication records as a client sees them. Runs on H2 and on PostgreSQL. */
@BothDatabases
class CommunicationApiTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

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
		marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = createAccount(manager, "Talks Ltd " + marker);
		contactId = addContact(manager, accountId, "Wang Fang " + marker);
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

	String communications() {
		return communications(accountId);
	}

	static String communications(long accountId) {
		return "/api/v1/accounts/" + accountId + "/communications";
	}

	Map<String, Object> communication(String subject, String occurredAt) {
		Map<String, Object> body = new HashMap<>();
		body.put("channel", "MEETING");
		body.put("occurredAt", occurredAt);
		body.put("subject", subject);
		body.put("content", "Budget for next year, 交付周期");
		body.put("outcome", "They want a proposal");
		body.put("ourParticipantIds", List.of(manager.id()));
		body.put("contactIds", List.of(contactId));
		return body;
	}

	long record(String subject, String occurredAt) {
		return record(communication(subject, occurredAt));
	}

	long record(Map<String, Object> body) {
		Api.Response created = manager.api().post(communications(), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	@Test
	void recordsACommunicationWithItsParticipantsAndLocation() {
		Map<String, Object> body = communication("Kick-off " + marker, "2026-03-02T10:30:00+08:00");
		body.put("nextStep", "Send the proposal");
		body.put("nextStepDue", "2026-03-09");

		Api.Response created = manager.api().post(communications(), body);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo(communications() + "/" + created.id());
		JsonNode json = manager.api().get(communications() + "/" + created.id()).json();
		assertThat(json.get("accountId").asLong()).isEqualTo(accountId);
		assertThat(json.get("channel").asString()).isEqualTo("MEETING");
		assertThat(OffsetDateTime.parse(json.get("occurredAt").asString()).toInstant())
			.isEqualTo(OffsetDateTime.parse("2026-03-02T10:30:00+08:00").toInstant());
		assertThat(json.get("subject").asString()).isEqualTo("Kick-off " + marker);
		assertThat(json.get("content").asString()).isEqualTo("Budget for next year, 交付周期");
		assertThat(json.get("outcome").asString()).isEqualTo("They want a proposal");
		assertThat(ids(json.get("ourParticipantIds"))).containsExactly(manager.id());
		assertThat(ids(json.get("contactIds"))).containsExactly(contactId);
		assertThat(json.get("nextStep").asString()).isEqualTo("Send the proposal");
		assertThat(json.get("nextStepDue").asString()).isEqualTo("2026-03-09");
		assertThat(json.get("nextStepOwnerId").asLong()).as("the sender owns it when left out").isEqualTo(manager.id());
		assertThat(json.get("nextStepDone").asBoolean()).isFalse();
		assertThat(json.get("version").asLong()).isZero();
	}

	@Test
	void listsAreNewestFirstFilteredAndPaged() {
		record("Oldest " + marker, "2025-01-10T09:00:00+08:00");
		Map<String, Object> call = communication("Call " + marker, "2025-06-15T09:00:00+08:00");
		call.put("channel", "PHONE");
		record(call);
		record("Newest " + marker, "2025-12-20T09:00:00+08:00");

		JsonNode all = manager.api().get(communications()).json();
		assertThat(subjects(all)).containsExactly("Newest", "Call", "Oldest");
		assertThat(all.get("total").asLong()).isEqualTo(3);
		assertThat(all.get("page").asInt()).isZero();
		assertThat(all.get("size").asInt()).isEqualTo(20);

		assertThat(subjects(manager.api().get(communications() + "?channel=PHONE").json())).containsExactly("Call");
		assertThat(subjects(manager.api().get(communications() + "?from=2025-06-15&to=2025-12-19").json()))
			.containsExactly("Call");
		assertThat(subjects(manager.api().get(communications() + "?to=2025-06-14").json())).containsExactly("Oldest");
		assertThat(subjects(manager.api().get(communications() + "?sort=occurredAt,asc").json()))
			.containsExactly("Oldest", "Call", "Newest");

		JsonNode second = manager.api().get(communications() + "?page=1&size=2").json();
		assertThat(subjects(second)).containsExactly("Oldest");
		assertThat(second.get("total").asLong()).isEqualTo(3);
		assertThat(manager.api().get(communications() + "?size=0").status()).isEqualTo(400);
		assertThat(manager.api().get(communications() + "?sort=subject").status()).isEqualTo(400);
		assertThat(manager.api().get(communications() + "?channel=FAX").status()).isEqualTo(400);
		Api.Response backwards = manager.api().get(communications() + "?from=2025-06-15&to=2025-06-14");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(fields(backwards)).containsExactly("to");
	}

	@Test
	void theCrossAccountListFiltersByAccountOwnerAndDueNextSteps() {
		long otherAccount = createAccount(manager, "Second " + marker);
		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		Map<String, Object> overdue = communication("Overdue " + marker, "2025-05-01T09:00:00+08:00");
		overdue.put("nextStep", "Call back");
		overdue.put("nextStepDue", today().minusDays(3).toString());
		record(overdue);
		Map<String, Object> later = communication("Later " + marker, "2025-05-02T09:00:00+08:00");
		later.put("nextStep", "Visit");
		later.put("nextStepDue", today().plusDays(30).toString());
		later.put("nextStepOwnerId", colleague.id());
		record(later);
		Map<String, Object> done = communication("Done " + marker, "2025-05-03T09:00:00+08:00");
		done.put("nextStep", "Sent");
		done.put("nextStepDue", today().minusDays(5).toString());
		done.put("nextStepDone", true);
		record(done);
		Map<String, Object> elsewhere = communication("Elsewhere " + marker, "2025-05-04T09:00:00+08:00");
		elsewhere.put("contactIds", List.of());
		Api.Response other = manager.api().post(communications(otherAccount), elsewhere);
		assertThat(other.status()).as(other.toString()).isEqualTo(201);

		String mine = "/api/v1/communications?accountId=";
		JsonNode first = manager.api().get(mine + accountId).json();
		assertThat(subjects(first)).containsExactly("Done", "Later", "Overdue");
		assertThat(first.get("total").asLong()).isEqualTo(3);
		assertThat(first.get("totalExact").asBoolean()).as("a count below the cap is exact").isTrue();
		assertThat(subjects(manager.api().get(mine + otherAccount).json())).containsExactly("Elsewhere");
		assertThat(subjects(manager.api().get(mine + accountId + "&ownerId=" + colleague.id()).json()))
			.containsExactly("Later");
		assertThat(subjects(manager.api().get(mine + accountId + "&dueBefore=" + today()).json()))
			.as("open next steps due before today")
			.containsExactly("Overdue");
		assertThat(subjects(manager.api().get(mine + accountId + "&dueBefore=" + today().plusDays(31)).json()))
			.containsExactly("Later", "Overdue");
		assertThat(subjects(manager.api()
			.get(mine + accountId + "&dueBefore=" + today().plusDays(31) + "&sort=nextStepDue,asc")
			.json())).containsExactly("Overdue", "Later");
		JsonNode paged = manager.api().get(mine + accountId + "&size=1&page=2").json();
		assertThat(subjects(paged)).containsExactly("Overdue");
		assertThat(paged.get("total").asLong()).isEqualTo(3);
		Api.Response tooDeep = manager.api().get("/api/v1/communications?page=500&size=50");
		assertThat(tooDeep.status()).as("paging stops at the count cap, as the account list's").isEqualTo(400);
		assertThat(tooDeep.contentType()).startsWith("application/problem+json");
		assertThat(fields(tooDeep)).containsExactly("page");
	}

	@Test
	void aPutWithTheCurrentVersionReplacesTheRecordAndItsParticipants() {
		long id = record("Before " + marker, "2025-02-01T09:00:00+08:00");
		long second = addContact(manager, accountId, "Li Na " + marker);
		TestUsers.User colleague = users.create("COLLECTOR");
		Map<String, Object> change = communication("After " + marker, "2025-02-01T15:00:00+08:00");
		change.put("channel", "WECHAT");
		change.put("ourParticipantIds", List.of(colleague.id(), manager.id()));
		change.put("contactIds", List.of(second));
		change.put("nextStep", "Meet again");
		change.put("nextStepDue", "2025-02-10");
		change.put("nextStepOwnerId", colleague.id());
		change.put("version", 0);

		Api.Response updated = manager.api().put(communications() + "/" + id, change);

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		JsonNode json = manager.api().get(communications() + "/" + id).json();
		assertThat(json.get("subject").asString()).isEqualTo("After " + marker);
		assertThat(json.get("channel").asString()).isEqualTo("WECHAT");
		assertThat(ids(json.get("ourParticipantIds"))).containsExactlyInAnyOrder(colleague.id(), manager.id());
		assertThat(ids(json.get("contactIds"))).containsExactly(second);
		assertThat(json.get("nextStepOwnerId").asLong()).isEqualTo(colleague.id());
		assertThat(json.get("version").asLong()).isEqualTo(1);

		change.put("nextStepDone", true);
		change.put("version", 1);
		Api.Response done = manager.api().put(communications() + "/" + id, change);
		assertThat(done.status()).as(done.toString()).isEqualTo(200);
		assertThat(done.json().get("nextStepDone").asBoolean()).isTrue();
		assertThat(done.version()).isEqualTo(2);
	}

	@Test
	void aStaleVersionIsRefusedWithTheCurrentVersion() {
		long id = record("Stale " + marker, "2025-02-01T09:00:00+08:00");
		Map<String, Object> change = communication("First writer " + marker, "2025-02-01T09:00:00+08:00");
		change.put("version", 0);
		assertThat(manager.api().put(communications() + "/" + id, change).status()).isEqualTo(200);

		change.put("subject", "Lost update " + marker);
		Api.Response stale = manager.api().put(communications() + "/" + id, change);

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
		assertThat(manager.api().get(communications() + "/" + id).json().get("subject").asString())
			.isEqualTo("First writer " + marker);

		change.remove("version");
		Api.Response noVersion = manager.api().put(communications() + "/" + id, change);
		assertThat(noVersion.status()).isEqualTo(400);
		assertThat(fields(noVersion)).containsExactly("version");
	}

	@Test
	void aDeletedCommunicationIsGone() {
		long id = record("Leaving " + marker, "2025-02-01T09:00:00+08:00");

		assertThat(manager.api().delete(communications() + "/" + id).status()).isEqualTo(204);

		Api.Response read = manager.api().get(communications() + "/" + id);
		assertThat(read.status()).isEqualTo(404);
		assertThat(read.contentType()).startsWith("application/problem+json");
		assertThat(manager.api().get(communications()).json().get("total").asLong()).isZero();
		assertThat(manager.api().get("/api/v1/communications?accountId=" + accountId).json().get("total").asLong())
			.isZero();
		assertThat(manager.api().delete(communications() + "/" + id).status()).isEqualTo(404);
		Map<String, Object> change = communication("Back " + marker, "2025-02-01T09:00:00+08:00");
		change.put("version", 1);
		assertThat(manager.api().put(communications() + "/" + id, change).status()).isEqualTo(404);
	}

	@Test
	void invalidFieldsAreListedOneByOne() {
		Map<String, Object> body = communication(" ", null);
		body.remove("channel");
		body.put("content", "x".repeat(8001));

		Api.Response response = manager.api().post(communications(), body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(fields(response)).containsExactlyInAnyOrder("channel", "occurredAt", "subject", "content");
		assertThat(manager.api().get(communications()).json().get("total").asLong()).isZero();

		Map<String, Object> badChannel = communication("Fax " + marker, "2025-02-01T09:00:00+08:00");
		badChannel.put("channel", "FAX");
		Api.Response channel = manager.api().post(communications(), badChannel);
		assertThat(channel.status()).isEqualTo(400);
		assertThat(fields(channel)).containsExactly("channel");
		assertThat(channel.json().toString()).contains("WECHAT");

		Map<String, Object> badTime = communication("Time " + marker, "yesterday");
		Api.Response time = manager.api().post(communications(), badTime);
		assertThat(time.status()).isEqualTo(400);
		assertThat(fields(time)).containsExactly("occurredAt");

		assertThat(manager.api().send("POST", communications(), "{\"subject\": ").status()).isEqualTo(400);
	}

	@Test
	void participantsMustBeTheAccountsContactsAndActiveUsers() {
		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		long foreignAccount = createAccount(colleague, "Foreign " + marker);
		long foreignContact = addContact(colleague, foreignAccount, "Stranger " + marker);
		TestUsers.User gone = users.create("COLLECTOR");
		Map<String, Object> disable = new HashMap<>(Map.of("username", gone.username(), "displayName", "Gone", "roles",
				List.of("COLLECTOR"), "enabled", false, "version", 0));
		assertThat(users.admin().put("/api/v1/users/" + gone.id(), disable).status()).isEqualTo(200);

		Map<String, Object> body = communication("Wrong people " + marker, "2025-02-01T09:00:00+08:00");
		body.put("contactIds", List.of(contactId, foreignContact, 987654321L));
		body.put("ourParticipantIds", List.of(manager.id(), gone.id()));
		body.put("nextStep", "Someone");
		body.put("nextStepDue", "2025-02-02");
		body.put("nextStepOwnerId", 987654321L);

		Api.Response response = manager.api().post(communications(), body);

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(fields(response)).containsExactlyInAnyOrder("contactIds", "contactIds", "ourParticipantIds",
				"nextStepOwnerId");
		assertThat(response.json().toString()).contains(String.valueOf(foreignContact))
			.contains(String.valueOf(gone.id()));
		assertThat(manager.api().get(communications()).json().get("total").asLong()).isZero();
	}

	@Test
	void aNextStepNeedsADueDateAndItsFieldsNeedANextStep() {
		Map<String, Object> noDue = communication("No due " + marker, "2025-02-01T09:00:00+08:00");
		noDue.put("nextStep", "Follow up");
		Api.Response missing = manager.api().post(communications(), noDue);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing)).containsExactly("nextStepDue");

		Map<String, Object> orphan = communication("Orphan " + marker, "2025-02-01T09:00:00+08:00");
		orphan.put("nextStepDue", "2025-02-03");
		orphan.put("nextStepOwnerId", manager.id());
		Api.Response orphaned = manager.api().post(communications(), orphan);
		assertThat(orphaned.status()).isEqualTo(400);
		assertThat(fields(orphaned)).containsExactlyInAnyOrder("nextStepDue", "nextStepOwnerId");
	}

	@Test
	void anAnalystReadsButDoesNotWrite() {
		long id = record("Known " + marker, "2025-02-01T09:00:00+08:00");
		TestUsers.User analyst = users.create("ANALYST");

		assertThat(analyst.api().get(communications()).json().get("total").asLong()).isEqualTo(1);
		assertThat(analyst.api().get(communications() + "/" + id).status()).isEqualTo(200);
		assertThat(subjects(analyst.api().get("/api/v1/communications?accountId=" + accountId).json()))
			.containsExactly("Known");

		Api.Response create = analyst.api()
			.post(communications(), communication("Analyst " + marker, "2025-02-01T09:00:00+08:00"));
		assertThat(create.status()).isEqualTo(403);
		assertThat(create.contentType()).startsWith("application/problem+json");
		Map<String, Object> change = communication("Changed " + marker, "2025-02-01T09:00:00+08:00");
		change.put("version", 0);
		assertThat(analyst.api().put(communications() + "/" + id, change).status()).isEqualTo(403);
		assertThat(analyst.api().delete(communications() + "/" + id).status()).isEqualTo(403);
		assertThat(manager.api().get(communications() + "/" + id).json().get("subject").asString())
			.isEqualTo("Known " + marker);
	}

	@Test
	void anotherAccountManagerNeitherReadsNorWrites() {
		long id = record("Secret " + marker, "2025-02-01T09:00:00+08:00");
		TestUsers.User other = users.create("ACCOUNT_MANAGER");

		Api.Response list = other.api().get(communications());
		assertThat(list.status()).isEqualTo(403);
		assertThat(list.contentType()).startsWith("application/problem+json");
		assertThat(other.api().get(communications() + "/" + id).status()).isEqualTo(403);
		assertThat(other.api().post(communications(), communication("Intruder", "2025-02-01T09:00:00+08:00")).status())
			.isEqualTo(403);
		Map<String, Object> change = communication("Changed " + marker, "2025-02-01T09:00:00+08:00");
		change.put("version", 0);
		assertThat(other.api().put(communications() + "/" + id, change).status()).isEqualTo(403);
		assertThat(other.api().delete(communications() + "/" + id).status()).isEqualTo(403);
		JsonNode across = other.api().get("/api/v1/communications?accountId=" + accountId).json();
		assertThat(across.get("total").asLong()).as("the database filters by access").isZero();
		assertThat(manager.api().get(communications()).json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void aTeamManagerWritesOnAnyAccount() {
		TestUsers.User teamManager = users.create("MANAGER");
		Map<String, Object> body = communication("By manager " + marker, "2025-02-01T09:00:00+08:00");
		body.put("ourParticipantIds", List.of(teamManager.id()));

		Api.Response created = teamManager.api().post(communications(), body);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(subjects(manager.api().get(communications()).json())).containsExactly("By");
	}

	@Test
	void unknownAccountsAndRecordsAreNotFound() {
		long id = record("Mine " + marker, "2025-02-01T09:00:00+08:00");
		long otherAccount = createAccount(manager, "Other " + marker);

		assertThat(manager.api().get(communications(987654321L)).status()).isEqualTo(404);
		assertThat(manager.api()
			.post(communications(987654321L), communication("X", "2025-02-01T09:00:00+08:00"))
			.status()).isEqualTo(404);
		assertThat(manager.api().get(communications(otherAccount) + "/" + id).status()).isEqualTo(404);
		assertThat(manager.api().delete(communications(otherAccount) + "/" + id).status()).isEqualTo(404);
		assertThat(manager.api().get(communications() + "/987654321").status()).isEqualTo(404);
	}

	@Test
	void anonymousCallersAreUnauthorized() {
		long id = record("Private " + marker, "2025-02-01T09:00:00+08:00");

		Api.Response list = api.anonymous().get(communications());
		assertThat(list.status()).isEqualTo(401);
		assertThat(list.contentType()).startsWith("application/problem+json");
		assertThat(api.anonymous().get(communications() + "/" + id).status()).isEqualTo(401);
		assertThat(api.anonymous().get("/api/v1/communications").status()).isEqualTo(401);
		assertThat(api.anonymous().post(communications(), communication("X", "2025-02-01T09:00:00+08:00")).status())
			.isEqualTo(401);
		assertThat(api.anonymous().delete(communications() + "/" + id).status()).isEqualTo(401);
	}

	static List<String> subjects(JsonNode page) {
		return page.get("items").valueStream().map(item -> item.get("subject").asString().split(" ")[0]).toList();
	}

	static List<Long> ids(JsonNode array) {
		return array.valueStream().map(JsonNode::asLong).toList();
	}

	static List<String> fields(Api.Response response) {
		return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}

}
