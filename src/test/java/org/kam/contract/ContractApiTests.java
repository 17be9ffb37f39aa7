package org.kam.contract;

import java.time.LocalDate;
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

/** Contracts as a client sees them. Runs on H2 and on PostgreSQL. */
@BothDatabases
class ContractApiTests {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

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
		marker = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = createAccount(manager, "Contracts Ltd " + marker);
	}

	static long createAccount(TestUsers.User owner, String name) {
		Api.Response created = owner.api().post("/api/v1/accounts", Map.of("name", name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	String contracts() {
		return contracts(accountId);
	}

	static String contracts(long accountId) {
		return "/api/v1/accounts/" + accountId + "/contracts";
	}

	Map<String, Object> contract(String number) {
		Map<String, Object> body = new HashMap<>();
		body.put("number", number);
		body.put("title", "Annual purchase " + marker);
		body.put("type", "PURCHASE");
		body.put("parties", "Contracts Ltd; KAM Demo Co.");
		body.put("signedOn", "2025-03-01");
		body.put("startsOn", "2025-03-15");
		body.put("endsOn", "2026-03-14");
		body.put("amount", "1250000.50");
		body.put("currency", "USD");
		body.put("paymentTerms", "30% on signing, 70% on delivery");
		body.put("serviceLevelTerms", "4 h response");
		body.put("confidentialityTerms", "3 years after the end");
		body.put("status", "ACTIVE");
		body.put("renewalNoticeDays", 60);
		return body;
	}

	long add(Map<String, Object> body) {
		Api.Response created = manager.api().post(contracts(), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	String number(String suffix) {
		return "HT-" + marker + "-" + suffix;
	}

	@Test
	void createsAContractWithItsLocationAndEveryField() {
		Api.Response created = manager.api().post(contracts(), contract(number("1")));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo(contracts() + "/" + created.id());
		JsonNode json = created.json();
		assertThat(json.get("accountId").asLong()).isEqualTo(accountId);
		assertThat(json.get("accountName").asString()).isEqualTo("Contracts Ltd " + marker);
		assertThat(json.get("number").asString()).isEqualTo(number("1"));
		assertThat(json.get("type").asString()).isEqualTo("PURCHASE");
		assertThat(json.get("signedOn").asString()).isEqualTo("2025-03-01");
		assertThat(json.get("startsOn").asString()).isEqualTo("2025-03-15");
		assertThat(json.get("endsOn").asString()).isEqualTo("2026-03-14");
		assertThat(json.get("amount").decimalValue()).isEqualByComparingTo("1250000.50");
		assertThat(json.get("currency").asString()).isEqualTo("USD");
		assertThat(json.get("paymentTerms").asString()).isEqualTo("30% on signing, 70% on delivery");
		assertThat(json.get("serviceLevelTerms").asString()).isEqualTo("4 h response");
		assertThat(json.get("confidentialityTerms").asString()).isEqualTo("3 years after the end");
		assertThat(json.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(json.get("renewalNoticeDays").asInt()).isEqualTo(60);
		assertThat(json.get("version").asLong()).isZero();

		Api.Response read = manager.api().get(contracts() + "/" + created.id());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("title").asString()).isEqualTo("Annual purchase " + marker);
	}

	@Test
	void omittedTypeStatusAndCurrencyTakeTheirDefaults() {
		Api.Response created = manager.api()
			.post(contracts(), Map.of("number", number("min"), "title", "Minimal " + marker));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("type").asString()).isEqualTo("OTHER");
		assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
		assertThat(created.json().get("currency").asString()).isEqualTo("CNY");
		assertThat(created.json().get("endsOn").isNull()).isTrue();
	}

	@Test
	void aNumberIsUniqueAmongLiveContractsWhateverTheCaseAndTheAccount() {
		long first = add(contract(number("dup")));

		Api.Response again = manager.api().post(contracts(), contract(number("dup").toLowerCase()));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(fields(again)).containsExactly("number");

		long otherAccount = createAccount(manager, "Other " + marker);
		assertThat(manager.api().post(contracts(otherAccount), contract(" " + number("dup") + " ")).status())
			.isEqualTo(400);

		long second = add(contract(number("two")));
		Map<String, Object> rename = contract(number("dup"));
		rename.put("version", 0);
		Api.Response renamed = manager.api().put(contracts() + "/" + second, rename);
		assertThat(renamed.status()).isEqualTo(400);
		assertThat(fields(renamed)).containsExactly("number");

		assertThat(manager.api().delete(contracts() + "/" + first).status()).isEqualTo(204);
		assertThat(manager.api().post(contracts(otherAccount), contract(number("dup"))).status())
			.as("a deleted contract's number is free again")
			.isEqualTo(201);
	}

	@Test
	void theEndDateIsNeverBeforeTheStartDate() {
		Map<String, Object> body = contract(number("dates"));
		body.put("startsOn", "2025-06-01");
		body.put("endsOn", "2025-05-31");

		Api.Response refused = manager.api().post(contracts(), body);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(fields(refused)).containsExactly("endsOn");
		body.put("endsOn", "2025-06-01");
		assertThat(manager.api().post(contracts(), body).status()).as("one day is a period").isEqualTo(201);
	}

	@Test
	void eachInvalidFieldIsNamed() {
		assertThat(fieldsOf("number", " ")).containsExactly("number");
		assertThat(fieldsOf("number", null)).containsExactly("number");
		assertThat(fieldsOf("number", "x".repeat(51))).containsExactly("number");
		assertThat(fieldsOf("title", "")).containsExactly("title");
		assertThat(fieldsOf("amount", "-0.01")).containsExactly("amount");
		assertThat(fieldsOf("amount", "10.001")).containsExactly("amount");
		assertThat(fieldsOf("amount", "lots")).containsExactly("amount");
		assertThat(fieldsOf("currency", "XYZ")).containsExactly("currency");
		assertThat(fieldsOf("currency", "RMB")).containsExactly("currency");
		assertThat(fieldsOf("currency", "YUAN")).containsExactly("currency");
		assertThat(fieldsOf("renewalNoticeDays", -1)).containsExactly("renewalNoticeDays");
		assertThat(fieldsOf("type", "LEASE")).containsExactly("type");
		assertThat(fieldsOf("status", "SIGNED")).containsExactly("status");
		assertThat(fieldsOf("signedOn", "1 March 2025")).containsExactly("signedOn");
		assertThat(manager.api().get(contracts()).json().get("total").asLong()).isZero();
	}

	@Test
	void aLowerCaseCurrencyIsAccepted() {
		Map<String, Object> body = contract(number("eur"));
		body.put("currency", "eur");
		Api.Response created = manager.api().post(contracts(), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("currency").asString()).isEqualTo("EUR");
	}

	@Test
	void aPutWithTheCurrentVersionChangesTheContractAndAStaleOneIsRefused() {
		long id = add(contract(number("v")));
		Map<String, Object> change = contract(number("v"));
		change.put("title", "Renewed terms " + marker);
		change.put("status", "RENEWED");
		change.put("version", 0);

		Api.Response updated = manager.api().put(contracts() + "/" + id, change);
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("title").asString()).isEqualTo("Renewed terms " + marker);
		assertThat(updated.json().get("status").asString()).isEqualTo("RENEWED");
		assertThat(updated.version()).isEqualTo(1);

		change.put("title", "Lost update " + marker);
		Api.Response stale = manager.api().put(contracts() + "/" + id, change);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
		assertThat(manager.api().get(contracts() + "/" + id).json().get("title").asString())
			.isEqualTo("Renewed terms " + marker);

		change.remove("version");
		Api.Response noVersion = manager.api().put(contracts() + "/" + id, change);
		assertThat(noVersion.status()).isEqualTo(400);
		assertThat(fields(noVersion)).containsExactly("version");
	}

	@Test
	void aDeletedContractIsGoneButSoftly() {
		long id = add(contract(number("del")));

		assertThat(manager.api().delete(contracts() + "/" + id).status()).isEqualTo(204);

		Api.Response read = manager.api().get(contracts() + "/" + id);
		assertThat(read.status()).isEqualTo(404);
		assertThat(read.contentType()).startsWith("application/problem+json");
		assertThat(manager.api().get(contracts()).json().get("total").asLong()).isZero();
		assertThat(manager.api().delete(contracts() + "/" + id).status()).isEqualTo(404);
		Map<String, Object> change = contract(number("del"));
		change.put("version", 1);
		assertThat(manager.api().put(contracts() + "/" + id, change).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/contracts?q=" + marker).status()).isEqualTo(401);
		assertThat(users.admin().get("/api/v1/contracts?q=" + marker).json().get("total").asLong()).isZero();
	}

	@Test
	void anAccountsListIsPaged() {
		for (String n : List.of("a", "b", "c")) {
			add(contract(number(n)));
		}

		JsonNode first = manager.api().get(contracts() + "?size=2&sort=number,asc").json();
		JsonNode second = manager.api().get(contracts() + "?size=2&page=1&sort=number,asc").json();

		assertThat(numbers(first)).containsExactly(number("a"), number("b"));
		assertThat(first.get("total").asLong()).isEqualTo(3);
		assertThat(first.get("size").asInt()).isEqualTo(2);
		assertThat(numbers(second)).containsExactly(number("c"));
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(manager.api().get(contracts() + "?size=0").status()).isEqualTo(400);
		assertThat(manager.api().get(contracts() + "?sort=amount").status()).isEqualTo(400);
	}

	@Test
	void theCrossAccountListFiltersByStatusTypeAccountAndKeyword() {
		long otherAccount = createAccount(manager, "Second " + marker);
		Map<String, Object> nda = contract(number("nda"));
		nda.put("type", "NDA");
		nda.put("status", "DRAFT");
		nda.put("title", "Secrecy " + marker);
		add(nda);
		add(contract(number("buy")));
		Map<String, Object> elsewhere = contract(number("else"));
		elsewhere.put("type", "SERVICE");
		assertThat(manager.api().post(contracts(otherAccount), elsewhere).status()).isEqualTo(201);
		String all = "/api/v1/contracts?sort=number,asc&q=" + marker;

		JsonNode page = manager.api().get(all).json();
		assertThat(numbers(page)).containsExactly(number("buy"), number("else"), number("nda"));
		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(page.get("totalExact").asBoolean()).as("counted to the end below the cap").isTrue();
		assertThat(page.get("page").asInt()).isZero();
		assertThat(page.get("size").asInt()).isEqualTo(20);
		assertThat(numbers(manager.api().get(all + "&status=DRAFT").json())).containsExactly(number("nda"));
		assertThat(numbers(manager.api().get(all + "&type=SERVICE").json())).containsExactly(number("else"));
		assertThat(numbers(manager.api().get(all + "&accountId=" + otherAccount).json()))
			.containsExactly(number("else"));
		assertThat(numbers(manager.api().get("/api/v1/contracts?q=secrecy%20" + marker).json()))
			.as("the title, whatever the case")
			.containsExactly(number("nda"));
		assertThat(numbers(manager.api().get("/api/v1/contracts?q=" + number("bu").toLowerCase()).json()))
			.as("the number, whatever the case")
			.containsExactly(number("buy"));
		assertThat(manager.api().get(all + "&type=LEASE").status()).isEqualTo(400);
	}

	@Test
	void expiringContractsAreActiveOnesEndingWithinTheDaysOrderedByEndDate() {
		addEnding("later", 45, "ACTIVE");
		addEnding("soon", 3, "ACTIVE");
		addEnding("today", 0, "ACTIVE");
		addEnding("far", 200, "ACTIVE");
		addEnding("past", -1, "ACTIVE");
		addEnding("gone", 10, "TERMINATED");
		String expiring = "/api/v1/contracts?q=" + marker + "&expiringWithinDays=";

		assertThat(numbers(manager.api().get(expiring + "30").json())).containsExactly(number("today"), number("soon"));
		assertThat(numbers(manager.api().get(expiring + "60").json())).containsExactly(number("today"), number("soon"),
				number("later"));
		assertThat(numbers(manager.api().get(contracts() + "?expiringWithinDays=60").json()))
			.containsExactly(number("today"), number("soon"), number("later"));
		assertThat(numbers(manager.api().get(expiring + "60&sort=endsOn,desc").json())).containsExactly(number("later"),
				number("soon"), number("today"));

		Api.Response negative = manager.api().get(expiring + "-1");
		assertThat(negative.status()).isEqualTo(400);
		assertThat(fields(negative)).containsExactly("expiringWithinDays");
		assertThat(manager.api().get(expiring + "soon").status()).isEqualTo(400);
	}

	@Test
	void theCrossAccountListPagesOnlyWithinItsFirstTenThousandRows() {
		Api.Response deep = manager.api().get("/api/v1/contracts?page=500&size=50");
		assertThat(deep.status()).as(deep.toString()).isEqualTo(400);
		assertThat(deep.contentType()).startsWith("application/problem+json");
		assertThat(fields(deep)).containsExactly("page");
		assertThat(manager.api().get("/api/v1/contracts?page=199&size=50").status()).as("the last reachable page")
			.isEqualTo(200);
	}

	private void addEnding(String suffix, int days, String status) {
		Map<String, Object> body = contract(number(suffix));
		body.put("startsOn", TODAY.minusYears(1).toString());
		body.put("signedOn", TODAY.minusYears(1).toString());
		body.put("endsOn", TODAY.plusDays(days).toString());
		body.put("status", status);
		add(body);
	}

	@Test
	void theCrossAccountListShowsOnlyReadableAccounts() {
		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		long theirs = createAccount(colleague, "Theirs " + marker);
		assertThat(colleague.api().post(contracts(theirs), contract(number("theirs"))).status()).isEqualTo(201);
		add(contract(number("mine")));
		TestUsers.User analyst = users.create("ANALYST");

		assertThat(numbers(manager.api().get("/api/v1/contracts?q=" + marker).json())).containsExactly(number("mine"));
		assertThat(numbers(manager.api().get("/api/v1/contracts?accountId=" + theirs).json())).isEmpty();
		assertThat(numbers(analyst.api().get("/api/v1/contracts?sort=number&q=" + marker).json()))
			.containsExactly(number("mine"), number("theirs"));
	}

	@Test
	void anAccountManagerNeitherReadsNorWritesAnotherManagersContracts() {
		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		long theirs = createAccount(colleague, "Theirs " + marker);
		long id = colleague.api().post(contracts(theirs), contract(number("secret"))).id();

		Api.Response list = manager.api().get(contracts(theirs));
		assertThat(list.status()).isEqualTo(403);
		assertThat(list.contentType()).startsWith("application/problem+json");
		assertThat(manager.api().get(contracts(theirs) + "/" + id).status()).isEqualTo(403);
		assertThat(manager.api().post(contracts(theirs), contract(number("intruder"))).status()).isEqualTo(403);
		Map<String, Object> change = contract(number("secret"));
		change.put("version", 0);
		assertThat(manager.api().put(contracts(theirs) + "/" + id, change).status()).isEqualTo(403);
		assertThat(manager.api().delete(contracts(theirs) + "/" + id).status()).isEqualTo(403);
		assertThat(colleague.api().get(contracts(theirs) + "/" + id).version()).isZero();
	}

	@Test
	void anAnalystReadsButDoesNotWrite() {
		long id = add(contract(number("known")));
		TestUsers.User analyst = users.create("ANALYST");

		assertThat(analyst.api().get(contracts()).status()).isEqualTo(200);
		assertThat(analyst.api().get(contracts() + "/" + id).json().get("number").asString())
			.isEqualTo(number("known"));
		Api.Response create = analyst.api().post(contracts(), contract(number("analyst")));
		assertThat(create.status()).isEqualTo(403);
		assertThat(create.contentType()).startsWith("application/problem+json");
		Map<String, Object> change = contract(number("known"));
		change.put("version", 0);
		assertThat(analyst.api().put(contracts() + "/" + id, change).status()).isEqualTo(403);
		assertThat(analyst.api().delete(contracts() + "/" + id).status()).isEqualTo(403);
	}

	@Test
	void aTeamManagerWritesTheContractsOfAnyAccount() {
		long id = add(contract(number("managed")));
		TestUsers.User teamManager = users.create("MANAGER");

		assertThat(teamManager.api().post(contracts(), contract(number("by-manager"))).status()).isEqualTo(201);
		Map<String, Object> change = contract(number("managed"));
		change.put("version", 0);
		assertThat(teamManager.api().put(contracts() + "/" + id, change).status()).isEqualTo(200);
	}

	@Test
	void unknownAccountsAndContractsAreNotFound() {
		long id = add(contract(number("here")));
		long otherAccount = createAccount(manager, "Other " + marker);

		assertThat(manager.api().get(contracts(987654321L)).status()).isEqualTo(404);
		assertThat(manager.api().post(contracts(987654321L), contract(number("x"))).status()).isEqualTo(404);
		assertThat(manager.api().get(contracts() + "/987654321").status()).isEqualTo(404);
		Api.Response elsewhere = manager.api().get(contracts(otherAccount) + "/" + id);
		assertThat(elsewhere.status()).as("not under another account").isEqualTo(404);
		assertThat(elsewhere.contentType()).startsWith("application/problem+json");
	}

	@Test
	void anonymousCallersAreUnauthorized() {
		long id = add(contract(number("private")));

		Api.Response list = api.anonymous().get(contracts());
		assertThat(list.status()).isEqualTo(401);
		assertThat(list.contentType()).startsWith("application/problem+json");
		assertThat(api.anonymous().get(contracts() + "/" + id).status()).isEqualTo(401);
		assertThat(api.anonymous().get("/api/v1/contracts").status()).isEqualTo(401);
		assertThat(api.anonymous().post(contracts(), contract(number("anon"))).status()).isEqualTo(401);
	}

	private List<String> fieldsOf(String field, Object value) {
		Map<String, Object> body = contract(number("field"));
		body.put(field, value);
		Api.Response response = manager.api().post(contracts(), body);
		assertThat(response.status()).as(field + "=" + value + ": " + response).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		return fields(response);
	}

	static List<String> numbers(JsonNode page) {
		return page.get("items").valueStream().map(item -> item.get("number").asString()).toList();
	}

	static List<String> fields(Api.Response response) {
		return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}

}
