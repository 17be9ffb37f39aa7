package org.kam.complaint;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.complaint.domain.ComplaintEscalation;
import org.kam.shared.Deliveries;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints as a client sees them: the record, its workflow, its targets and the
 * escalation of breaches. Runs on H2 and on PostgreSQL.
 */
@BothDatabases
class ComplaintApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ComplaintEscalation escalation;

	@Autowired
	EventPublicationRegistry publications;

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
		marker = "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = createAccount(manager, "Complaints Ltd " + marker, "B");
	}

	long createAccount(TestUsers.User owner, String name, String tier) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("tier", tier);
		Api.Response created = owner.api().post("/api/v1/accounts", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	static String complaints(long accountId) {
		return "/api/v1/accounts/" + accountId + "/complaints";
	}

	String complaints() {
		return complaints(accountId);
	}

	static String ago(Duration duration) {
		return OffsetDateTime.now(ZoneOffset.UTC).minus(duration).truncatedTo(ChronoUnit.SECONDS).toString();
	}

	Map<String, Object> complaint(String severity, Duration receivedAgo) {
		Map<String, Object> body = new HashMap<>();
		body.put("receivedAt", ago(receivedAgo));
		body.put("channel", "PHONE");
		body.put("category", "DELIVERY");
		body.put("severity", severity);
		body.put("description", "Late delivery " + marker);
		return body;
	}

	JsonNode add(long account, String severity, Duration receivedAgo) {
		Api.Response created = manager.api().post(complaints(account), complaint(severity, receivedAgo));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json();
	}

	Api.Response change(JsonNode current, Map<String, Object> changes) {
		Map<String, Object> body = new HashMap<>();
		for (String field : List.of("receivedAt", "channel", "category", "severity", "description", "ownerId", "status",
				"resolution", "closingNote")) {
			JsonNode value = current.get(field);
			body.put(field, value == null || value.isNull() ? null : value.asString());
		}
		body.put("customerConfirmed", current.get("customerConfirmed").asBoolean());
		body.put("version", current.get("version").asLong());
		body.putAll(changes);
		return manager.api()
			.put(complaints(current.get("accountId").asLong()) + "/" + current.get("id").asLong(), body);
	}

	static List<String> fields(Api.Response problem) {
		List<String> fields = new ArrayList<>();
		problem.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	// --- the record ---

	@Test
	void createsAnOpenComplaintOwnedByTheSenderWithItsDueTimes() {
		Api.Response created = manager.api().post(complaints(), complaint("CRITICAL", Duration.ofMinutes(30)));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo(complaints() + "/" + created.id());
		JsonNode json = created.json();
		assertThat(json.get("accountId").asLong()).isEqualTo(accountId);
		assertThat(json.get("accountName").asString()).isEqualTo("Complaints Ltd " + marker);
		assertThat(json.get("channel").asString()).isEqualTo("PHONE");
		assertThat(json.get("category").asString()).isEqualTo("DELIVERY");
		assertThat(json.get("severity").asString()).isEqualTo("CRITICAL");
		assertThat(json.get("status").asString()).isEqualTo("OPEN");
		assertThat(json.get("ownerId").asLong()).isEqualTo(manager.id());
		assertThat(json.get("respondedAt").isNull()).isTrue();
		assertThat(json.get("customerConfirmed").asBoolean()).isFalse();
		assertThat(json.get("breaching").asBoolean()).isFalse();
		assertThat(json.get("version").asLong()).isZero();
		OffsetDateTime received = OffsetDateTime.parse(json.get("receivedAt").asString());
		assertThat(OffsetDateTime.parse(json.get("responseDueAt").asString())).isEqualTo(received.plusHours(2));
		assertThat(OffsetDateTime.parse(json.get("resolutionDueAt").asString())).isEqualTo(received.plusHours(24));

		Api.Response read = manager.api().get(complaints() + "/" + created.id());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("description").asString()).isEqualTo("Late delivery " + marker);
	}

	@Test
	void missingAndMalformedFieldsAreFieldErrors() {
		Api.Response empty = manager.api().post(complaints(), Map.of());
		assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
		assertThat(empty.contentType()).startsWith("application/problem+json");
		assertThat(fields(empty)).contains("receivedAt", "channel", "category", "severity", "description");

		Map<String, Object> badChannel = complaint("LOW", Duration.ofHours(1));
		badChannel.put("channel", "FAX");
		Api.Response fax = manager.api().post(complaints(), badChannel);
		assertThat(fax.status()).as(fax.toString()).isEqualTo(400);

		Map<String, Object> future = complaint("LOW", Duration.ofHours(1));
		future.put("receivedAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).toString());
		Api.Response later = manager.api().post(complaints(), future);
		assertThat(later.status()).as(later.toString()).isEqualTo(400);
		assertThat(fields(later)).containsExactly("receivedAt");

		Map<String, Object> nobody = complaint("LOW", Duration.ofHours(1));
		nobody.put("ownerId", 987_654_321L);
		Api.Response owner = manager.api().post(complaints(), nobody);
		assertThat(owner.status()).as(owner.toString()).isEqualTo(400);
		assertThat(fields(owner)).containsExactly("ownerId");
	}

	@Test
	void aStaleVersionIsAConflictAndAMissingOneABadRequest() {
		JsonNode c = add(accountId, "LOW", Duration.ofHours(1));
		Api.Response first = change(c, Map.of("description", "first " + marker));
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.json().get("version").asLong()).isEqualTo(1);

		Api.Response stale = change(c, Map.of("description", "second " + marker));
		assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

		Map<String, Object> noVersion = new HashMap<>();
		noVersion.put("version", null);
		Api.Response missing = change(first.json(), noVersion);
		assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
		assertThat(fields(missing)).containsExactly("version");
	}

	@Test
	void aDeletedComplaintIsGone() {
		JsonNode c = add(accountId, "LOW", Duration.ofHours(1));
		String path = complaints() + "/" + c.get("id").asLong();

		assertThat(manager.api().delete(path).status()).isEqualTo(204);

		assertThat(manager.api().get(path).status()).isEqualTo(404);
		assertThat(manager.api().delete(path).status()).isEqualTo(404);
		assertThat(manager.api().get(complaints()).json().get("total").asLong()).isZero();
	}

	// --- the workflow ---

	@Test
	void movingToInProgressIsTheFirstResponse() {
		JsonNode c = add(accountId, "HIGH", Duration.ofHours(1));

		Api.Response started = change(c, Map.of("status", "IN_PROGRESS"));

		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		assertThat(started.json().get("respondedAt").isNull()).isFalse();
		assertThat(started.json().get("breaching").asBoolean()).isFalse();
	}

	@Test
	void resolvingNeedsAResolutionAndClosingAConfirmationOrANote() {
		JsonNode c = change(add(accountId, "MEDIUM", Duration.ofHours(3)), Map.of("status", "IN_PROGRESS")).json();

		Api.Response noResolution = change(c, Map.of("status", "RESOLVED"));
		assertThat(noResolution.status()).as(noResolution.toString()).isEqualTo(400);
		assertThat(fields(noResolution)).containsExactly("resolution");

		Api.Response confirmTooEarly = change(c, Map.of("customerConfirmed", true));
		assertThat(confirmTooEarly.status()).as(confirmTooEarly.toString()).isEqualTo(400);
		assertThat(fields(confirmTooEarly)).containsExactly("customerConfirmed");

		JsonNode resolved = change(c, Map.of("status", "RESOLVED", "resolution", "Sent the missing boxes")).json();
		assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
		assertThat(resolved.get("resolvedAt").isNull()).isFalse();

		Api.Response closeUnconfirmed = change(resolved, Map.of("status", "CLOSED"));
		assertThat(closeUnconfirmed.status()).as(closeUnconfirmed.toString()).isEqualTo(400);
		assertThat(fields(closeUnconfirmed)).containsExactly("closingNote");

		JsonNode closed = change(resolved, Map.of("status", "CLOSED", "customerConfirmed", true)).json();
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("customerConfirmed").asBoolean()).isTrue();
		assertThat(closed.get("confirmedAt").isNull()).isFalse();
		assertThat(closed.get("resolvedAt").asString()).isEqualTo(resolved.get("resolvedAt").asString());

		Api.Response reopen = change(closed, Map.of("status", "IN_PROGRESS"));
		assertThat(reopen.status()).as(reopen.toString()).isEqualTo(400);
		assertThat(fields(reopen)).containsExactly("status");
	}

	@Test
	void aComplaintClosesWithANoteAndAResolvedOneReopens() {
		JsonNode withdrawn = change(add(accountId, "LOW", Duration.ofHours(1)),
				Map.of("status", "CLOSED", "closingNote", "Withdrawn by the customer"))
			.json();
		assertThat(withdrawn.get("status").asString()).isEqualTo("CLOSED");
		assertThat(withdrawn.get("closingNote").asString()).isEqualTo("Withdrawn by the customer");

		JsonNode resolved = change(add(accountId, "LOW", Duration.ofHours(1)),
				Map.of("status", "RESOLVED", "resolution", "Explained the invoice"))
			.json();
		JsonNode reopened = change(resolved, Map.of("status", "IN_PROGRESS")).json();
		assertThat(reopened.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(reopened.get("resolvedAt").isNull()).isTrue();
		assertThat(reopened.get("respondedAt").asString()).isEqualTo(resolved.get("respondedAt").asString());
	}

	// --- targets and escalation ---

	@Test
	void aComplaintPastItsTargetIsBreaching() {
		long overdue = add(accountId, "CRITICAL", Duration.ofDays(3)).get("id").asLong();
		long fresh = add(accountId, "LOW", Duration.ofHours(1)).get("id").asLong();
		JsonNode answeredLate = add(accountId, "HIGH", Duration.ofDays(5));
		JsonNode resolvedLate = change(answeredLate, Map.of("status", "RESOLVED", "resolution", "Fixed")).json();

		assertThat(manager.api().get(complaints() + "/" + overdue).json().get("breaching").asBoolean()).isTrue();
		assertThat(manager.api().get(complaints() + "/" + fresh).json().get("breaching").asBoolean()).isFalse();
		assertThat(resolvedLate.get("breaching").asBoolean()).as("resolved after its target").isTrue();

		JsonNode breaching = manager.api().get("/api/v1/complaints?breaching=true&accountId=" + accountId).json();
		assertThat(breaching.get("total").asLong()).isEqualTo(2);
		breaching.get("items").forEach(i -> assertThat(i.get("breaching").asBoolean()).isTrue());
		JsonNode within = manager.api().get("/api/v1/complaints?breaching=false&accountId=" + accountId).json();
		assertThat(within.get("total").asLong()).isEqualTo(1);
		assertThat(within.get("items").get(0).get("id").asLong()).isEqualTo(fresh);
	}

	@Test
	void eachBreachIsEscalatedOnceToEveryManager() {
		TestUsers.User teamManager = users.create("MANAGER");
		long overdue = add(accountId, "CRITICAL", Duration.ofDays(3)).get("id").asLong();
		long respondedOnly = change(add(accountId, "CRITICAL", Duration.ofHours(3)), Map.of("status", "IN_PROGRESS"))
			.id();
		add(accountId, "LOW", Duration.ofHours(1));

		escalation.run();
		escalation.run();
		Deliveries.awaitAll(publications);

		List<JsonNode> mine = notificationsAbout(teamManager, overdue);
		assertThat(mine).extracting(n -> n.get("kind").asString())
			.containsExactlyInAnyOrder("complaint.breach.RESPONSE", "complaint.breach.RESOLUTION");
		assertThat(mine).allSatisfy(n -> {
			assertThat(n.get("text").asString()).contains("Complaints Ltd " + marker).contains("#" + overdue);
			assertThat(n.get("readAt").isNull()).isTrue();
		});
		assertThat(notificationsAbout(teamManager, respondedOnly))
			.as("answered (late) before the job ran: nothing left to chase, and not yet due for resolution")
			.isEmpty();
		assertThat(notificationsAbout(manager, overdue)).as("only managers are told").isEmpty();
	}

	@Test
	void aNotificationIsMarkedReadByItsRecipientOnly() {
		TestUsers.User teamManager = users.create("MANAGER");
		long overdue = add(accountId, "CRITICAL", Duration.ofDays(3)).get("id").asLong();
		escalation.run();
		Deliveries.awaitAll(publications);
		long id = notificationsAbout(teamManager, overdue).get(0).get("id").asLong();

		assertThat(manager.api().post("/api/v1/notifications/" + id + "/read", null).status()).isEqualTo(404);
		assertThat(teamManager.api().post("/api/v1/notifications/" + id + "/read", null).status()).isEqualTo(204);

		JsonNode unread = teamManager.api().get("/api/v1/notifications?unread=true&size=200").json();
		unread.get("items").forEach(n -> assertThat(n.get("id").asLong()).isNotEqualTo(id));
		assertThat(api.anonymous().get("/api/v1/notifications").status()).isEqualTo(401);
	}

	@Test
	void aManagerAddedOrAppointedAfterTheEscalationSeesTheBreachWithHisOwnReadState() {
		TestUsers.User earlier = users.create("MANAGER");
		long overdue = add(accountId, "CRITICAL", Duration.ofDays(3)).get("id").asLong();
		escalation.run();
		Deliveries.awaitAll(publications);
		List<JsonNode> earlierSees = notificationsAbout(earlier, overdue);
		assertThat(earlierSees).hasSize(2);
		earlierSees.forEach(n -> assertThat(
				earlier.api().post("/api/v1/notifications/" + n.get("id").asLong() + "/read", null).status())
			.isEqualTo(204));

		TestUsers.User later = users.create("MANAGER");
		List<JsonNode> laterSees = notificationsAbout(later, overdue);
		assertThat(laterSees).as("a manager created after the escalation")
			.extracting(n -> n.get("kind").asString())
			.containsExactlyInAnyOrder("complaint.breach.RESPONSE", "complaint.breach.RESOLUTION");
		assertThat(laterSees).allSatisfy(n -> {
			assertThat(n.get("text").asString()).contains("#" + overdue);
			assertThat(n.get("readAt").isNull()).as("read by another manager, not by him").isTrue();
		});
		JsonNode laterUnread = later.api().get("/api/v1/notifications?unread=true&size=200").json();
		assertThat(ids(laterUnread)).containsAll(laterSees.stream().map(n -> n.get("id").asLong()).toList());

		long first = laterSees.get(0).get("id").asLong();
		assertThat(later.api().post("/api/v1/notifications/" + first + "/read", null).status()).isEqualTo(204);
		JsonNode afterRead = later.api().get("/api/v1/notifications?unread=true&size=200").json();
		assertThat(afterRead.get("total").asLong()).isEqualTo(laterUnread.get("total").asLong() - 1);
		assertThat(ids(afterRead)).doesNotContain(first);
		assertThat(notificationsAbout(earlier, overdue)).as("the first manager's read state is his own")
			.allSatisfy(n -> assertThat(n.get("readAt").isNull()).isFalse());
		assertThat(notificationsAbout(later, overdue)).filteredOn(n -> n.get("id").asLong() != first)
			.allSatisfy(n -> assertThat(n.get("readAt").isNull()).isTrue());

		TestUsers.User appointed = users.create("ACCOUNT_MANAGER");
		assertThat(notificationsAbout(appointed, overdue)).isEmpty();
		Map<String, Object> change = new HashMap<>();
		JsonNode user = users.admin().get("/api/v1/users/" + appointed.id()).json();
		change.put("username", user.get("username").asString());
		change.put("displayName", user.get("displayName").asString());
		change.put("roles", List.of("MANAGER"));
		change.put("enabled", true);
		change.put("version", user.get("version").asLong());
		assertThat(users.admin().put("/api/v1/users/" + appointed.id(), change).status()).isEqualTo(200);
		assertThat(notificationsAbout(appointed, overdue)).as("a user given the MANAGER role later").hasSize(2);
	}

	static List<Long> ids(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.get("items").forEach(n -> ids.add(n.get("id").asLong()));
		return ids;
	}

	List<JsonNode> notificationsAbout(TestUsers.User user, long complaintId) {
		Api.Response page = user.api().get("/api/v1/notifications?size=200");
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		List<JsonNode> found = new ArrayList<>();
		page.json().get("items").forEach(n -> {
			if (n.get("link").asString().endsWith("/complaints/" + complaintId + "/edit")) {
				found.add(n);
			}
		});
		return found;
	}

	// --- lists ---

	@Test
	void keyAccountsComeFirstThenTheMostSevereThenTheNewest() {
		long keyAccount = createAccount(manager, "Key " + marker, "A");
		long bCritical = add(accountId, "CRITICAL", Duration.ofHours(1)).get("id").asLong();
		long aLow = add(keyAccount, "LOW", Duration.ofHours(1)).get("id").asLong();
		long aHighOld = add(keyAccount, "HIGH", Duration.ofHours(5)).get("id").asLong();
		long aHighNew = add(keyAccount, "HIGH", Duration.ofHours(2)).get("id").asLong();

		JsonNode page = manager.api().get("/api/v1/complaints?ownerId=" + manager.id()).json();

		List<Long> ids = new ArrayList<>();
		page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
		assertThat(ids).containsExactly(aHighNew, aHighOld, aLow, bCritical);
		assertThat(page.get("items").get(0).get("accountTier").asString()).isEqualTo("A");
	}

	@Test
	void listsArePagedAndFiltered() {
		for (int i = 0; i < 3; i++) {
			add(accountId, "LOW", Duration.ofHours(i + 1));
		}
		JsonNode high = add(accountId, "HIGH", Duration.ofHours(1));
		change(high, Map.of("status", "IN_PROGRESS"));

		JsonNode first = manager.api().get(complaints() + "?size=3").json();
		assertThat(first.get("total").asLong()).isEqualTo(4);
		assertThat(first.get("size").asInt()).isEqualTo(3);
		assertThat(first.get("page").asInt()).isZero();
		assertThat(first.get("items")).hasSize(3);
		assertThat(manager.api().get(complaints() + "?size=3&page=1").json().get("items")).hasSize(1);

		assertThat(manager.api().get(complaints() + "?severity=LOW").json().get("total").asLong()).isEqualTo(3);
		assertThat(manager.api().get(complaints() + "?status=IN_PROGRESS").json().get("total").asLong()).isEqualTo(1);
		assertThat(manager.api()
			.get("/api/v1/complaints?accountId=" + accountId + "&status=OPEN&severity=LOW")
			.json()
			.get("total")
			.asLong()).isEqualTo(3);
		assertThat(manager.api().get(complaints() + "?size=500").status()).isEqualTo(400);
		assertThat(manager.api().get(complaints() + "?status=LOST").status()).isEqualTo(400);
	}

	// --- access ---

	@Test
	void accessFollowsTheAccount() {
		JsonNode c = add(accountId, "MEDIUM", Duration.ofHours(1));
		String path = complaints() + "/" + c.get("id").asLong();

		assertThat(api.anonymous().get(complaints()).status()).isEqualTo(401);
		assertThat(api.anonymous().get("/api/v1/complaints").status()).isEqualTo(401);

		TestUsers.User analyst = users.create("ANALYST");
		assertThat(analyst.api().get(path).status()).isEqualTo(200);
		assertThat(analyst.api().get(complaints()).status()).isEqualTo(200);
		assertThat(analyst.api().post(complaints(), complaint("LOW", Duration.ofHours(1))).status()).isEqualTo(403);
		assertThat(analyst.api().delete(path).status()).isEqualTo(403);

		TestUsers.User stranger = users.create("ACCOUNT_MANAGER");
		assertThat(stranger.api().get(path).status()).isEqualTo(403);
		assertThat(stranger.api().post(complaints(), complaint("LOW", Duration.ofHours(1))).status()).isEqualTo(403);
		assertThat(stranger.api().get("/api/v1/complaints?accountId=" + accountId).status()).isEqualTo(403);
		JsonNode strangersList = stranger.api().get("/api/v1/complaints?size=200").json();
		strangersList.get("items").forEach(i -> assertThat(i.get("accountId").asLong()).isNotEqualTo(accountId));

		assertThat(manager.api().get("/api/v1/accounts/987654321/complaints").status()).isEqualTo(404);
	}

	@Test
	void theCrossAccountListCountsAndPagesOnlyItsFirstTenThousandRows() {
		add(accountId, "LOW", Duration.ofHours(1));
		JsonNode small = manager.api().get("/api/v1/complaints?accountId=" + accountId).json();
		assertThat(small.get("total").asLong()).isEqualTo(1);
		assertThat(small.get("totalExact").asBoolean()).isTrue();
		JsonNode across = manager.api().get("/api/v1/complaints?status=OPEN").json();
		assertThat(across.get("totalExact").asBoolean()).as("the manager's own accounts hold few").isTrue();

		Api.Response deep = manager.api().get("/api/v1/complaints?page=500&size=50");
		assertThat(deep.status()).as(deep.toString()).isEqualTo(400);
		assertThat(deep.contentType()).startsWith("application/problem+json");
		assertThat(fields(deep)).containsExactly("page");
		assertThat(manager.api().get("/api/v1/complaints?page=199&size=50").status()).as("the last reachable page")
			.isEqualTo(200);
	}

}
