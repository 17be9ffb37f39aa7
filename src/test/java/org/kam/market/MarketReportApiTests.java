package org.kam.market;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

/** Market analysis reports, as a client sees them. Runs on H2 and on PostgreSQL. */
@BothDatabases
class MarketReportApiTests {

	static final String REPORTS = "/api/v1/market-reports";

	@LocalServerPort
	int port;

	Api api;

	TestUsers users;

	TestUsers.User analyst;

	TestUsers.User owner;

	/**
	 * A word no other test's data contains, so that searches see only this test's
	 * reports.
	 */
	String marker;

	long accountId;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		users = new TestUsers(api);
		analyst = users.create("ANALYST");
		owner = users.create("ACCOUNT_MANAGER");
		marker = "mk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = createAccount(owner, "Market Co " + marker);
	}

	long createAccount(TestUsers.User by, String name) {
		Api.Response created = by.api().post("/api/v1/accounts", Map.of("name", name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	Map<String, Object> report(String title) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("industry", "信息技术");
		body.put("province", "广东省");
		body.put("city", "深圳市");
		body.put("period", "2026-H1");
		body.put("marketSize", 123456789.5);
		body.put("currency", "CNY");
		body.put("growthRate", -3.25);
		body.put("competitors", List.of(competitor("华为云", 35.5, "leader"), competitor("Alibaba Cloud", 30, null),
				competitor("腾讯云", 12.25, null)));
		body.put("demandNotes", "客户需要本地化服务");
		body.put("accountIds", List.of(accountId));
		return body;
	}

	static Map<String, Object> competitor(String name, Object share, String notes) {
		Map<String, Object> c = new HashMap<>();
		c.put("name", name);
		c.put("share", share);
		c.put("notes", notes);
		return c;
	}

	long create(TestUsers.User by, Map<String, Object> body) {
		Api.Response created = by.api().post(REPORTS, body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void anAnalystCreatesAReportWithItsCompetitorsAndAccounts() {
		Api.Response created = analyst.api().post(REPORTS, report("Shenzhen cloud " + marker));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo(REPORTS + "/" + created.id());
		JsonNode json = created.json();
		assertThat(json.get("title").asString()).isEqualTo("Shenzhen cloud " + marker);
		assertThat(json.get("period").asString()).isEqualTo("2026-H1");
		assertThat(json.get("periodStart").asString()).isEqualTo("2026-01-01");
		assertThat(json.get("periodEnd").asString()).isEqualTo("2026-06-30");
		assertThat(json.get("marketSize").decimalValue()).isEqualByComparingTo("123456789.50");
		assertThat(json.get("currency").asString()).isEqualTo("CNY");
		assertThat(json.get("growthRate").decimalValue()).isEqualByComparingTo("-3.25");
		assertThat(json.get("competitors").size()).isEqualTo(3);
		assertThat(json.get("competitors").get(0).get("name").asString()).isEqualTo("华为云");
		assertThat(json.get("competitors").get(0).get("share").decimalValue()).isEqualByComparingTo("35.5");
		assertThat(json.get("competitors").get(0).get("notes").asString()).isEqualTo("leader");
		assertThat(json.get("othersShare").decimalValue()).isEqualByComparingTo("22.25");
		assertThat(json.get("accountIds").toString()).isEqualTo("[" + accountId + "]");
		assertThat(json.get("accounts").get(0).get("name").asString()).isEqualTo("Market Co " + marker);
		assertThat(json.get("hiddenAccounts").asInt()).isZero();
		assertThat(json.get("authorId").asLong()).isEqualTo(analyst.id());
		assertThat(json.get("version").asLong()).isZero();

		Api.Response read = owner.api().get(REPORTS + "/" + created.id());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("demandNotes").asString()).isEqualTo("客户需要本地化服务");
	}

	@Test
	void aPeriodMayBeGivenAsDatesAndTheLabelIsDerivedWhenItFits() {
		Map<String, Object> body = report("Dates " + marker);
		body.remove("period");
		body.put("periodStart", "2025-03-15");
		body.put("periodEnd", "2025-11-30");
		Api.Response odd = analyst.api().post(REPORTS, body);
		assertThat(odd.status()).as(odd.toString()).isEqualTo(201);
		assertThat(odd.json().get("period").isNull()).isTrue();
		assertThat(odd.json().get("periodStart").asString()).isEqualTo("2025-03-15");

		body.put("periodStart", "2025-07-01");
		body.put("periodEnd", "2025-09-30");
		assertThat(analyst.api().post(REPORTS, body).json().get("period").asString()).isEqualTo("2025-Q3");

		body.put("period", "2025-Q3");
		assertThat(analyst.api().post(REPORTS, body).status()).as("label and dates agree").isEqualTo(201);

		body.remove("periodStart");
		body.remove("periodEnd");
		body.put("period", "2024");
		JsonNode year = analyst.api().post(REPORTS, body).json();
		assertThat(year.get("periodStart").asString()).isEqualTo("2024-01-01");
		assertThat(year.get("periodEnd").asString()).isEqualTo("2024-12-31");
		body.put("period", "2024-02");
		assertThat(analyst.api().post(REPORTS, body).json().get("periodEnd").asString()).isEqualTo("2024-02-29");
	}

	@Test
	void periodMistakesAreNamed() {
		assertThat(fieldsOf(Map.of("period", "2026-H3"))).containsExactly("period");
		assertThat(fieldsOf(Map.of("period", "last year"))).containsExactly("period");
		Map<String, Object> disagree = new HashMap<>();
		disagree.put("period", "2026-H1");
		disagree.put("periodStart", "2026-02-01");
		assertThat(fieldsOf(disagree)).containsExactly("period");
		Map<String, Object> none = new HashMap<>();
		none.put("period", null);
		assertThat(fieldsOf(none)).containsExactlyInAnyOrder("periodStart", "periodEnd");
		Map<String, Object> reversed = new HashMap<>();
		reversed.put("period", null);
		reversed.put("periodStart", "2026-05-01");
		reversed.put("periodEnd", "2026-04-30");
		assertThat(fieldsOf(reversed)).containsExactly("periodEnd");
		Map<String, Object> notADate = new HashMap<>();
		notADate.put("period", null);
		notADate.put("periodStart", "1st May");
		assertThat(fieldsOf(notADate)).containsExactly("periodStart");
	}

	@Test
	void sharesAddingUpToMoreThanOneHundredPercentAreRefusedWithTheTotal() {
		Map<String, Object> body = report("Too much " + marker);
		body.put("competitors",
				List.of(competitor("A", 60, null), competitor("B", 40.5, null), competitor("C", 12, null)));

		Api.Response refused = analyst.api().post(REPORTS, body);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(fields(refused)).containsExactly("competitors");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("112.5%");
		assertThat(analyst.api().get(REPORTS + "?q=" + marker).json().get("total").asLong()).isZero();

		body.put("competitors", List.of(competitor("A", 60, null), competitor("B", 40, null)));
		Api.Response exactly = analyst.api().post(REPORTS, body);
		assertThat(exactly.status()).as(exactly.toString()).isEqualTo(201);
		assertThat(exactly.json().get("othersShare").decimalValue()).isEqualByComparingTo("0");
	}

	@Test
	void invalidFieldsAreListedOneByOne() {
		Map<String, Object> body = report(" ");
		body.put("marketSize", -1);
		body.put("growthRate", -150);
		body.put("currency", "EURO");
		body.put("competitors", List.of(competitor("A", 120, null), competitor(" ", 5, "no name"),
				competitor("Dup", 1, null), competitor("dup", 1, null), competitor("No share", null, null)));

		Api.Response response = analyst.api().post(REPORTS, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response)).containsExactlyInAnyOrder("title", "marketSize", "growthRate", "currency",
				"competitors[0].share");

		body.put("title", "Fine " + marker);
		body.put("marketSize", 10);
		body.put("growthRate", 1000);
		body.put("currency", "XYZ");
		body.put("competitors", List.of(competitor("A", 95, null), competitor(" ", 5, "no name"),
				competitor("Dup", 1, null), competitor("dup", 1, null), competitor("No share", null, null)));
		Api.Response rules = analyst.api().post(REPORTS, body);
		assertThat(rules.status()).isEqualTo(400);
		assertThat(fields(rules)).containsExactlyInAnyOrder("currency", "competitors[1].name", "competitors[3].name",
				"competitors[4].share", "competitors");
	}

	@Test
	void anIndustryOrAProvinceIsRequiredAndEmptyCompetitorRowsAreIgnored() {
		Map<String, Object> body = report("Scope " + marker);
		body.put("industry", null);
		body.put("province", " ");
		Api.Response noScope = analyst.api().post(REPORTS, body);
		assertThat(noScope.status()).isEqualTo(400);
		assertThat(fields(noScope)).containsExactlyInAnyOrder("industry", "province");

		body.put("industry", "医药");
		body.put("city", null);
		body.put("currency", null);
		body.put("competitors", List.of(competitor(null, null, null), competitor("Roche", 10, " ")));
		Api.Response created = analyst.api().post(REPORTS, body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("province").isNull()).isTrue();
		assertThat(created.json().get("currency").asString()).as("the default currency").isEqualTo("CNY");
		assertThat(created.json().get("competitors").size()).isEqualTo(1);
		assertThat(created.json().get("competitors").get(0).get("notes").isNull()).isTrue();
	}

	@Test
	void wrongTypesAndMalformedJsonAreBadRequests() {
		Map<String, Object> body = report("Types " + marker);
		body.put("marketSize", "a lot");
		assertThat(fields(analyst.api().post(REPORTS, body))).containsExactly("marketSize");

		body = report("Types " + marker);
		body.put("competitors", List.of(competitor("A", "half", null)));
		Api.Response share = analyst.api().post(REPORTS, body);
		assertThat(share.status()).isEqualTo(400);
		assertThat(fields(share)).containsExactly("competitors[0].share");

		Api.Response malformed = analyst.api().send("POST", REPORTS, "{\"title\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");

		assertThat(fields(analyst.api().get(REPORTS + "?periodStart=soon"))).containsExactly("periodStart");
		assertThat(fields(analyst.api().get(REPORTS + "?period=someday"))).containsExactly("period");
		assertThat(fields(analyst.api().get(REPORTS + "?sort=secret"))).containsExactly("sort");
		assertThat(fields(analyst.api().get(REPORTS + "?size=201"))).containsExactly("size");
		Api.Response tooDeep = analyst.api().get(REPORTS + "?page=500&size=50");
		assertThat(tooDeep.status()).isEqualTo(400);
		assertThat(tooDeep.contentType()).startsWith("application/problem+json");
		assertThat(fields(tooDeep)).as("paging stops at the count cap, as the account list's").containsExactly("page");
	}

	@Test
	void aPutWithTheCurrentVersionReplacesTheReport() {
		long id = create(analyst, report("Before " + marker));
		long second = createAccount(owner, "Second " + marker);
		Map<String, Object> change = report("After " + marker);
		change.put("competitors", List.of(competitor("New leader", 50, null)));
		change.put("accountIds", List.of(second));
		change.put("version", 0);

		Api.Response updated = users.create("MANAGER").api().put(REPORTS + "/" + id, change);

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		JsonNode json = updated.json();
		assertThat(json.get("title").asString()).isEqualTo("After " + marker);
		assertThat(json.get("competitors").size()).isEqualTo(1);
		assertThat(json.get("othersShare").decimalValue()).isEqualByComparingTo("50");
		assertThat(json.get("accountIds").toString()).isEqualTo("[" + second + "]");
		assertThat(json.get("authorId").asLong()).as("the author stays").isEqualTo(analyst.id());
		assertThat(updated.version()).isEqualTo(1);
	}

	@Test
	void aStaleVersionIsRefusedWithTheCurrentVersion() {
		long id = create(analyst, report("Stale " + marker));
		Map<String, Object> change = report("First writer " + marker);
		change.put("version", 0);
		assertThat(analyst.api().put(REPORTS + "/" + id, change).status()).isEqualTo(200);

		change.put("title", "Lost update " + marker);
		Api.Response stale = analyst.api().put(REPORTS + "/" + id, change);

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
		assertThat(analyst.api().get(REPORTS + "/" + id).json().get("title").asString())
			.isEqualTo("First writer " + marker);

		change.remove("version");
		Api.Response noVersion = analyst.api().put(REPORTS + "/" + id, change);
		assertThat(noVersion.status()).isEqualTo(400);
		assertThat(fields(noVersion)).containsExactly("version");
	}

	@Test
	void aDeletedReportIsGone() {
		long id = create(analyst, report("Leaving " + marker));

		assertThat(analyst.api().delete(REPORTS + "/" + id).status()).isEqualTo(204);

		Api.Response read = analyst.api().get(REPORTS + "/" + id);
		assertThat(read.status()).isEqualTo(404);
		assertThat(read.contentType()).startsWith("application/problem+json");
		assertThat(analyst.api().get(REPORTS + "?q=" + marker).json().get("total").asLong()).isZero();
		assertThat(analyst.api().get(REPORTS + "?accountId=" + accountId).json().get("total").asLong()).isZero();
		assertThat(analyst.api().delete(REPORTS + "/" + id).status()).isEqualTo(404);
		Map<String, Object> change = report("Back " + marker);
		change.put("version", 1);
		assertThat(analyst.api().put(REPORTS + "/" + id, change).status()).isEqualTo(404);
		assertThat(analyst.api().get(REPORTS + "/987654321").status()).isEqualTo(404);
	}

	@Test
	void listsFilterByMarketPeriodAccountAndTitleAndArePaged() {
		Map<String, Object> a = report("Alpha " + marker);
		a.put("period", "2025");
		create(analyst, a);
		Map<String, Object> b = report("Bravo " + marker);
		b.put("period", "2026-Q2");
		b.put("industry", "医药");
		b.put("accountIds", List.of());
		create(analyst, b);
		Map<String, Object> c = report("Charlie " + marker);
		c.put("period", "2026-H2");
		c.put("province", "浙江省");
		c.put("city", "杭州市");
		create(analyst, c);

		JsonNode all = owner.api().get(REPORTS + "?q=" + marker.toUpperCase()).json();
		assertThat(titles(all)).as("newest period first").containsExactly("Charlie", "Bravo", "Alpha");
		assertThat(all.get("total").asLong()).isEqualTo(3);
		assertThat(all.get("totalExact").asBoolean()).isTrue();
		assertThat(all.get("page").asInt()).isZero();
		assertThat(all.get("size").asInt()).isEqualTo(20);

		String base = REPORTS + "?q=" + marker;
		assertThat(titles(owner.api().get(base + "&industry=" + q("医药")).json())).containsExactly("Bravo");
		assertThat(titles(owner.api().get(base + "&province=" + q("浙江省")).json())).containsExactly("Charlie");
		assertThat(titles(owner.api().get(base + "&city=" + q("深圳市")).json())).containsExactly("Bravo", "Alpha");
		assertThat(titles(owner.api().get(base + "&period=2026-H1").json())).containsExactly("Bravo");
		assertThat(titles(owner.api().get(base + "&period=2026").json())).containsExactly("Charlie", "Bravo");
		assertThat(titles(owner.api().get(base + "&periodStart=2025-12-31&periodEnd=2026-04-01").json()))
			.containsExactly("Bravo", "Alpha");
		assertThat(titles(owner.api().get(base + "&periodEnd=2025-06-01").json())).containsExactly("Alpha");
		assertThat(titles(owner.api().get(base + "&accountId=" + accountId).json())).containsExactly("Charlie",
				"Alpha");
		assertThat(titles(owner.api().get(base + "&sort=title,asc").json())).containsExactly("Alpha", "Bravo",
				"Charlie");

		JsonNode second = owner.api().get(base + "&sort=title&page=1&size=2").json();
		assertThat(titles(second)).containsExactly("Charlie");
		assertThat(second.get("total").asLong()).isEqualTo(3);
		assertThat(second.get("size").asInt()).isEqualTo(2);
	}

	@Test
	void theReportsOfAnAccountAreListedOnlyToThoseWhoMayReadTheAccount() {
		create(analyst, report("Concerning " + marker));
		TestUsers.User stranger = users.create("ACCOUNT_MANAGER");

		assertThat(titles(owner.api().get(REPORTS + "?accountId=" + accountId).json())).containsExactly("Concerning");
		Api.Response forbidden = stranger.api().get(REPORTS + "?accountId=" + accountId);
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.contentType()).startsWith("application/problem+json");
		assertThat(owner.api().get(REPORTS + "?accountId=987654321").status()).isEqualTo(404);
	}

	@Test
	void everyoneReadsReportsButOnlyNamesTheLinkedAccountsTheyMayRead() {
		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		long theirs = createAccount(colleague, "Theirs " + marker);
		Map<String, Object> body = report("Shared " + marker);
		body.put("accountIds", List.of(accountId, theirs));
		long id = create(analyst, body);

		JsonNode seenByOwner = owner.api().get(REPORTS + "/" + id).json();
		assertThat(seenByOwner.get("accountIds").toString()).isEqualTo("[" + accountId + "]");
		assertThat(seenByOwner.get("accounts").toString()).doesNotContain("Theirs");
		assertThat(seenByOwner.get("hiddenAccounts").asInt()).isEqualTo(1);
		JsonNode listed = owner.api().get(REPORTS + "?q=" + marker).json().get("items").get(0);
		assertThat(listed.get("accounts").toString()).doesNotContain("Theirs");
		assertThat(listed.get("hiddenAccounts").asInt()).isEqualTo(1);

		JsonNode seenByAnalyst = analyst.api().get(REPORTS + "/" + id).json();
		assertThat(seenByAnalyst.get("accounts").size()).isEqualTo(2);
		assertThat(seenByAnalyst.get("hiddenAccounts").asInt()).isZero();

		assertThat(users.create("COLLECTOR").api().get(REPORTS + "/" + id).json().get("hiddenAccounts").asInt())
			.isEqualTo(2);
	}

	@Test
	void linkingAnAccountThatDoesNotExistIsRefused() {
		Map<String, Object> body = report("Unknown " + marker);
		body.put("accountIds", List.of(accountId, 987654321L));

		Api.Response refused = analyst.api().post(REPORTS, body);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsExactly("accountIds");
		assertThat(refused.json().toString()).contains("account 987654321 does not exist");
	}

	@Test
	void onlyAdminsManagersAndAnalystsWriteReports() {
		long id = create(analyst, report("Roles " + marker));
		Map<String, Object> change = report("Changed " + marker);
		change.put("version", 0);
		for (String role : List.of("ACCOUNT_MANAGER", "COLLECTOR", "CUSTODIAN")) {
			TestUsers.User user = users.create(role);
			Api.Response create = user.api().post(REPORTS, report("By " + role + " " + marker));
			assertThat(create.status()).as(role).isEqualTo(403);
			assertThat(create.contentType()).startsWith("application/problem+json");
			assertThat(user.api().put(REPORTS + "/" + id, change).status()).as(role).isEqualTo(403);
			assertThat(user.api().delete(REPORTS + "/" + id).status()).as(role).isEqualTo(403);
			assertThat(user.api().get(REPORTS + "/" + id).status()).as(role).isEqualTo(200);
		}
		assertThat(owner.api().put(REPORTS + "/" + id, change).status()).as("the linked account's owner")
			.isEqualTo(403);
		assertThat(create(users.create("MANAGER"), report("By manager " + marker))).isPositive();
		assertThat(create(adminUser(), report("By admin " + marker))).isPositive();
		assertThat(analyst.api().get(REPORTS + "/" + id).json().get("title").asString()).isEqualTo("Roles " + marker);
	}

	@Test
	void anAnalystDeletesOnlyTheirOwnReportsAManagerAny() {
		long mine = create(analyst, report("Mine " + marker));
		TestUsers.User otherAnalyst = users.create("ANALYST");

		Api.Response refused = otherAnalyst.api().delete(REPORTS + "/" + mine);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(analyst.api().delete(REPORTS + "/" + mine).status()).isEqualTo(204);

		long other = create(otherAnalyst, report("Other " + marker));
		assertThat(users.create("MANAGER").api().delete(REPORTS + "/" + other).status()).isEqualTo(204);
	}

	@Test
	void anonymousCallersAreUnauthorized() {
		long id = create(analyst, report("Private " + marker));

		Api.Response list = api.anonymous().get(REPORTS);
		assertThat(list.status()).isEqualTo(401);
		assertThat(list.contentType()).startsWith("application/problem+json");
		assertThat(api.anonymous().get(REPORTS + "/" + id).status()).isEqualTo(401);
		assertThat(api.anonymous().post(REPORTS, report("Anon " + marker)).status()).isEqualTo(401);
		assertThat(api.anonymous().delete(REPORTS + "/" + id).status()).isEqualTo(401);
		assertThat(api.as(analyst.username(), "wrong-password").get(REPORTS).status()).isEqualTo(401);
	}

	TestUsers.User adminUser() {
		return new TestUsers.User(0, TestUsers.ADMIN, users.admin());
	}

	private List<String> fieldsOf(Map<String, Object> changes) {
		Map<String, Object> body = report("Field " + marker);
		body.putAll(changes);
		Api.Response response = analyst.api().post(REPORTS, body);
		assertThat(response.status()).as(changes + ": " + response).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		return fields(response);
	}

	List<String> titles(JsonNode page) {
		List<String> titles = new ArrayList<>();
		page.get("items")
			.valueStream()
			.forEach(item -> titles.add(item.get("title").asString().replace(" " + marker, "")));
		return titles;
	}

	static List<String> fields(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}

}
