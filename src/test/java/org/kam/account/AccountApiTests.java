package org.kam.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The account archive API, as a client sees it. Runs on H2 and on PostgreSQL. */
@BothDatabases
class AccountApiTests {

	@LocalServerPort
	int port;

	Api api;

	TestUsers users;

	TestUsers.User manager;

	/**
	 * A word no other test's data contains, so that searches see only this test's
	 * accounts.
	 */
	String marker;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		users = new TestUsers(api);
		manager = users.create("ACCOUNT_MANAGER");
		marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	Map<String, Object> account(String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("industry", "信息技术");
		body.put("province", "广东");
		body.put("city", "深圳");
		body.put("status", "COOPERATING");
		body.put("urgency", "URGENT");
		body.put("tier", "A");
		body.put("sizeBand", "LARGE");
		body.put("tags", List.of("5G", "key"));
		return body;
	}

	static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void createsReadsAndUpdatesAnAccount() {
		Map<String, Object> body = account("深圳华信科技有限公司 " + marker);
		body.put("uscc", "9144 0300 7152 6726xg");
		Api.Response created = manager.api().post("/api/v1/accounts", body);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/v1/accounts/" + created.id());
		JsonNode json = created.json();
		assertThat(json.get("uscc").asString()).isEqualTo("9144030071526726XG");
		assertThat(json.get("ownerId").asLong()).isEqualTo(manager.id());
		assertThat(json.get("createdBy").asLong()).isEqualTo(manager.id());
		assertThat(json.get("version").asLong()).isZero();
		assertThat(json.get("tags").toString()).isEqualTo("[\"5G\",\"key\"]");

		Api.Response read = manager.api().get("/api/v1/accounts/" + created.id());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("name").asString()).isEqualTo("深圳华信科技有限公司 " + marker);

		body.put("status", "TERMINATED");
		body.put("version", 0);
		Api.Response updated = manager.api().put("/api/v1/accounts/" + created.id(), body);
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("status").asString()).isEqualTo("TERMINATED");
		assertThat(updated.version()).isEqualTo(1);
	}

	@Test
	void aStaleVersionIsRefusedWithTheCurrentVersion() {
		Map<String, Object> body = account("Stale Ltd " + marker);
		long id = manager.api().post("/api/v1/accounts", body).id();
		body.put("version", 0);
		assertThat(manager.api().put("/api/v1/accounts/" + id, body).status()).isEqualTo(200);

		body.put("name", "Lost update " + marker);
		Api.Response stale = manager.api().put("/api/v1/accounts/" + id, body);

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
		assertThat(manager.api().get("/api/v1/accounts/" + id).json().get("name").asString())
			.isEqualTo("Stale Ltd " + marker);
	}

	@Test
	void invalidFieldsAreListedOneByOne() {
		Map<String, Object> body = account("");
		body.put("uscc", "91110000600037341A");
		body.put("website", "not a url");
		body.put("notes", "x".repeat(8001));

		Api.Response response = manager.api().post("/api/v1/accounts", body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(fields(response)).containsExactlyInAnyOrder("name", "uscc", "website", "notes");
		assertThat(response.json().toString()).contains("should be 'L'");
	}

	@Test
	void unknownEnumsWrongTypesAndMalformedJsonAreBadRequests() {
		Map<String, Object> body = account("Enum Co " + marker);
		body.put("status", "FRIENDLY");
		Api.Response badEnum = manager.api().post("/api/v1/accounts", body);
		assertThat(badEnum.status()).isEqualTo(400);
		assertThat(fields(badEnum)).containsExactly("status");
		assertThat(badEnum.json().toString()).contains("COOPERATING");

		body.put("status", "COOPERATING");
		body.put("ownerId", "someone");
		Api.Response badType = manager.api().post("/api/v1/accounts", body);
		assertThat(badType.status()).isEqualTo(400);
		assertThat(fields(badType)).containsExactly("ownerId");

		Api.Response malformed = manager.api().send("POST", "/api/v1/accounts", "{\"name\": \"x\",");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");

		Api.Response badQuery = manager.api().get("/api/v1/accounts?status=NOPE&size=10");
		assertThat(badQuery.status()).isEqualTo(400);
		assertThat(fields(badQuery)).containsExactly("status");

		Api.Response tooBig = manager.api().get("/api/v1/accounts?size=201");
		assertThat(tooBig.status()).isEqualTo(400);
		assertThat(fields(tooBig)).containsExactly("size");

		Api.Response badSort = manager.api().get("/api/v1/accounts?sort=password,asc");
		assertThat(badSort.status()).isEqualTo(400);
		assertThat(fields(badSort)).containsExactly("sort");
	}

	@Test
	void aUsccIsUniqueAmongLiveAccounts() {
		Map<String, Object> first = account("First " + marker);
		String uscc = validUscc();
		first.put("uscc", uscc);
		assertThat(manager.api().post("/api/v1/accounts", first).status()).isEqualTo(201);

		Map<String, Object> second = account("Second " + marker);
		second.put("uscc", uscc.toLowerCase());
		Api.Response duplicate = manager.api().post("/api/v1/accounts", second);

		assertThat(duplicate.status()).isEqualTo(400);
		assertThat(fields(duplicate)).containsExactly("uscc");
	}

	@Test
	void listsFilterSortAndPage() {
		for (String name : List.of("Alpha", "Bravo", "Charlie")) {
			manager.api().post("/api/v1/accounts", account(name + " " + marker));
		}
		Map<String, Object> other = account("Delta " + marker);
		other.put("status", "POTENTIAL");
		other.put("province", "浙江");
		// a city of that province: 深圳 is not in 浙江, and regions are checked since issue 9
		other.put("city", "杭州");
		assertThat(manager.api().post("/api/v1/accounts", other).status()).isEqualTo(201);

		JsonNode page = manager.api()
			.get("/api/v1/accounts?q=" + marker + "&status=COOPERATING&sort=name,desc&page=0&size=2")
			.json();
		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(page.get("size").asInt()).isEqualTo(2);
		assertThat(names(page)).containsExactly("Charlie " + marker, "Bravo " + marker);

		JsonNode second = manager.api()
			.get("/api/v1/accounts?q=" + marker + "&status=COOPERATING&sort=name,desc&page=1&size=2")
			.json();
		assertThat(names(second)).containsExactly("Alpha " + marker);

		JsonNode zhejiang = manager.api().get("/api/v1/accounts?q=" + marker + "&province=" + q("浙江")).json();
		assertThat(names(zhejiang)).containsExactly("Delta " + marker);

		JsonNode mine = manager.api()
			.get("/api/v1/accounts?q=" + marker + "&ownerId=" + manager.id() + "&tier=A&urgency=URGENT&city=" + q("深圳")
					+ "&industry=" + q("信息技术"))
			.json();
		assertThat(mine.get("total").asLong()).isEqualTo(3);
	}

	@Test
	void pagingStopsAtTheCountCapWithAClearError() {
		Api.Response deep = manager.api().get("/api/v1/accounts?page=500&size=20");

		assertThat(deep.status()).isEqualTo(400);
		assertThat(fields(deep)).containsExactly("page");
		assertThat(deep.toString()).contains("499");
		assertThat(manager.api().get("/api/v1/accounts?page=499&size=20").status()).isEqualTo(200);
		assertThat(manager.api().get("/api/v1/accounts?q=" + marker).json().get("totalExact").asBoolean()).isTrue();
	}

	@Test
	void unfilteredTotalsOfThoseWhoReadEverythingFollowEveryWrite() {
		String terminatedC = "/api/v1/accounts?status=TERMINATED&tier=C&size=1";
		long before = users.admin().get(terminatedC).json().get("total").asLong();
		Map<String, Object> body = account("Tally " + marker);
		body.put("status", "TERMINATED");
		body.put("tier", "C");
		Api.Response created = manager.api().post("/api/v1/accounts", body);
		assertThat(users.admin().get(terminatedC).json().get("total").asLong()).isEqualTo(before + 1);

		Map<String, Object> change = account("Tally " + marker);
		change.put("status", "INTENDED");
		change.put("tier", "C");
		change.put("version", created.json().get("version").asLong());
		assertThat(manager.api().put("/api/v1/accounts/" + created.id(), change).status()).isEqualTo(200);

		assertThat(users.admin().get(terminatedC).json().get("total").asLong()).isEqualTo(before);
	}

	@Test
	void keywordMatchesNameUsccAndContactsInChineseAndEnglish() {
		String uscc = validUscc();
		Map<String, Object> chinese = account("杭州" + marker + "云智能股份有限公司");
		chinese.put("uscc", uscc);
		long chineseId = manager.api().post("/api/v1/accounts", chinese).id();
		long englishId = manager.api().post("/api/v1/accounts", account("Northwind " + marker + " Trading")).id();
		manager.api()
			.post("/api/v1/accounts/" + englishId + "/contacts",
					Map.of("name", "欧阳" + marker, "decisionRole", "DECISION_MAKER"));

		assertThat(ids("q=" + q(marker + "云智能"))).containsExactly(chineseId);
		assertThat(ids("q=" + q("NORTHWIND " + marker.toUpperCase()))).containsExactly(englishId);
		assertThat(ids("q=" + q("欧阳" + marker))).containsExactly(englishId);
		assertThat(ids("q=" + uscc.substring(6, 17).toLowerCase() + "&province=" + q("广东"))).containsExactly(chineseId);
		assertThat(ids("q=" + q(marker + "%"))).isEmpty();
	}

	@Test
	void shortKeywordsFollowRenamesOfTheAccountAndItsContacts() {
		// characters no other test uses; the manager sees only this test's accounts
		Map<String, Object> body = account("鼹鼷 " + marker);
		long id = manager.api().post("/api/v1/accounts", body).id();
		assertThat(ids(manager.api(), "q=" + q("鼹鼷"))).containsExactly(id);
		assertThat(ids(manager.api(), "q=" + q("鼷"))).containsExactly(id);

		body.put("name", "Renamed " + marker);
		body.put("version", 0);
		assertThat(manager.api().put("/api/v1/accounts/" + id, body).status()).isEqualTo(200);
		assertThat(ids(manager.api(), "q=" + q("鼹鼷"))).isEmpty();

		String contacts = "/api/v1/accounts/" + id + "/contacts";
		long contact = manager.api().post(contacts, Map.of("name", "鼍鼋")).id();
		assertThat(ids(manager.api(), "q=" + q("鼋"))).containsExactly(id);
		body.put("status", "INTENDED");
		body.put("version", 1);
		assertThat(manager.api().put("/api/v1/accounts/" + id, body).status()).isEqualTo(200);
		assertThat(ids(manager.api(), "q=" + q("鼋") + "&status=COOPERATING")).isEmpty();
		assertThat(ids(manager.api(), "q=" + q("鼋") + "&status=INTENDED")).containsExactly(id);
		assertThat(ids("q=" + q("鼋") + "&status=INTENDED")).as("read by an admin").containsExactly(id);
		assertThat(ids("q=" + q("鼋") + "&status=COOPERATING")).as("read by an admin").isEmpty();
		Api.Response renamed = manager.api().put(contacts + "/" + contact, Map.of("name", "Plain", "version", 0));
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		assertThat(ids(manager.api(), "q=" + q("鼋"))).isEmpty();

		long removed = manager.api().post(contacts, Map.of("name", "鼍鼋")).id();
		assertThat(ids(manager.api(), "q=" + q("鼍鼋"))).containsExactly(id);
		assertThat(manager.api().delete(contacts + "/" + removed).status()).isEqualTo(204);
		assertThat(ids(manager.api(), "q=" + q("鼍鼋"))).isEmpty();
	}

	@Test
	void anAccountManagerSeesAndChangesOnlyTheirOwnAccounts() {
		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		long theirs = colleague.api().post("/api/v1/accounts", account("Theirs " + marker)).id();
		long mine = manager.api().post("/api/v1/accounts", account("Mine " + marker)).id();

		assertThat(manager.api().get("/api/v1/accounts/" + theirs).status()).isEqualTo(403);
		Map<String, Object> change = account("Taken over " + marker);
		change.put("version", 0);
		assertThat(manager.api().put("/api/v1/accounts/" + theirs, change).status()).isEqualTo(403);
		assertThat(ids(manager.api(), "q=" + marker)).containsExactly(mine);

		Map<String, Object> handOver = account("Mine " + marker);
		handOver.put("ownerId", colleague.id());
		handOver.put("version", 0);
		Api.Response refused = manager.api().put("/api/v1/accounts/" + mine, handOver);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsExactly("ownerId");
	}

	@Test
	void readersReadEverythingButDoNotWrite() {
		long id = manager.api().post("/api/v1/accounts", account("Read only " + marker)).id();
		for (String role : List.of("ANALYST", "CUSTODIAN")) {
			TestUsers.User reader = users.create(role);
			assertThat(reader.api().get("/api/v1/accounts/" + id).status()).isEqualTo(200);
			Map<String, Object> change = account("Changed " + marker);
			change.put("version", 0);
			assertThat(reader.api().put("/api/v1/accounts/" + id, change).status()).isEqualTo(403);
			assertThat(reader.api().post("/api/v1/accounts", account("New " + marker)).status()).isEqualTo(403);
		}
		TestUsers.User teamManager = users.create("MANAGER");
		Map<String, Object> reassign = account("Read only " + marker);
		reassign.put("ownerId", teamManager.id());
		reassign.put("version", 0);
		Api.Response reassigned = teamManager.api().put("/api/v1/accounts/" + id, reassign);
		assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(200);
		assertThat(reassigned.json().get("ownerId").asLong()).isEqualTo(teamManager.id());
	}

	@Test
	void anonymousCallersAreUnauthorizedAndMissingAccountsAreNotFound() {
		Api.Response anonymous = api.anonymous().get("/api/v1/accounts");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
		assertThat(api.as(manager.username(), "wrong-password").get("/api/v1/accounts").status()).isEqualTo(401);

		Api.Response missing = manager.api().get("/api/v1/accounts/987654321");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		Map<String, Object> change = account("Ghost " + marker);
		change.put("version", 0);
		assertThat(manager.api().put("/api/v1/accounts/987654321", change).status()).isEqualTo(404);
	}

	private List<Long> ids(String query) {
		return ids(users.admin(), query);
	}

	private static List<Long> ids(Api caller, String query) {
		Api.Response response = caller.get("/api/v1/accounts?size=50&" + query + "&sort=name");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode page = response.json();
		return page.get("items").valueStream().map(item -> item.get("id").asLong()).toList();
	}

	static List<String> names(JsonNode page) {
		return page.get("items").valueStream().map(item -> item.get("name").asString()).toList();
	}

	static List<String> fields(Api.Response response) {
		return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}

	private static final AtomicLong USCC_SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	/**
	 * A valid code no other test uses: the sequence fills the organization-code digits.
	 */
	static String validUscc() {
		String first17 = "91440300" + String.format("%09d", USCC_SEQUENCE.incrementAndGet() % 1_000_000_000L);
		return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
	}

}
