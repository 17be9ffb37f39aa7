package org.kam.sales;

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

/** Sales records as a client sees them. Runs on H2 and on PostgreSQL. */
@BothDatabases
class SalesApiTests {

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
		marker = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = createAccount(manager, "Sales Ltd " + marker);
	}

	long createAccount(TestUsers.User owner, String name) {
		Api.Response created = owner.api().post("/api/v1/accounts", Map.of("name", name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	String sales() {
		return sales(accountId);
	}

	static String sales(long accountId) {
		return "/api/v1/accounts/" + accountId + "/sales";
	}

	static Map<String, Object> line(String product, Object quantity, Object unitPrice) {
		Map<String, Object> line = new HashMap<>();
		line.put("product", product);
		line.put("quantity", quantity);
		line.put("unitPrice", unitPrice);
		return line;
	}

	Map<String, Object> order(String no, String date, Map<String, Object>... lines) {
		Map<String, Object> body = new HashMap<>();
		body.put("orderNo", marker + "-" + no);
		body.put("orderDate", date);
		body.put("salespersonId", manager.id());
		body.put("lines", new ArrayList<>(List.of(lines)));
		return body;
	}

	Map<String, Object> simple(String no, String date, Object amount) {
		return order(no, date, line("Widget", 1, amount));
	}

	long add(Map<String, Object> body) {
		Api.Response created = manager.api().post(sales(), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	@Test
	void createsAnOrderWithComputedLineAmountsAndTotal() {
		Map<String, Object> first = line("服务器 R750", 3, "19.99");
		first.put("lineAmount", 1);
		Map<String, Object> body = order("1", "2026-03-14", first, line("Cable", 2.5, "10.005"));
		body.put("total", 999999);

		Api.Response created = manager.api().post(sales(), body);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo(sales() + "/" + created.id());
		JsonNode json = created.json();
		assertThat(json.get("accountId").asLong()).isEqualTo(accountId);
		assertThat(json.get("orderNo").asString()).isEqualTo(marker + "-1");
		assertThat(json.get("orderDate").asString()).isEqualTo("2026-03-14");
		assertThat(json.get("salespersonId").asLong()).isEqualTo(manager.id());
		assertThat(json.get("currency").asString()).isEqualTo("CNY");
		assertThat(json.get("lines")).hasSize(2);
		assertThat(json.get("lines").get(0).get("product").asString()).isEqualTo("服务器 R750");
		assertThat(json.get("lines").get(0).get("lineAmount").decimalValue()).isEqualByComparingTo("59.97");
		// 2.5 × 10.005 = 25.0125, rounded to cents
		assertThat(json.get("lines").get(1).get("quantity").decimalValue()).isEqualByComparingTo("2.5");
		assertThat(json.get("lines").get(1).get("lineAmount").decimalValue()).isEqualByComparingTo("25.01");
		assertThat(json.get("total").decimalValue()).isEqualByComparingTo("84.98");
		assertThat(json.get("version").asLong()).isZero();

		JsonNode read = manager.api().get(sales() + "/" + created.id()).json();
		assertThat(read.get("total").decimalValue()).isEqualByComparingTo("84.98");
		assertThat(read.get("lines").get(1).get("unitPrice").decimalValue()).isEqualByComparingTo("10.005");
	}

	@Test
	void theCurrencyIsAnIsoCodeAndDefaultsToCny() {
		Map<String, Object> usd = simple("usd", "2026-01-02", 5);
		usd.put("currency", "usd");
		assertThat(manager.api().post(sales(), usd).json().get("currency").asString()).isEqualTo("USD");

		Map<String, Object> bad = simple("bad", "2026-01-02", 5);
		bad.put("currency", "XYZ");
		assertThat(fields(manager.api().post(sales(), bad))).containsExactly("currency");
		bad.put("currency", "yuan");
		assertThat(fields(manager.api().post(sales(), bad))).containsExactly("currency");
	}

	@Test
	void invalidFieldsAreListedOneByOne() {
		Map<String, Object> body = order(" ", null, line("", 0, -1));
		body.put("orderNo", " ");
		body.remove("salespersonId");

		Api.Response response = manager.api().post(sales(), body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(fields(response)).containsExactlyInAnyOrder("orderNo", "orderDate", "salespersonId",
				"lines[0].product", "lines[0].quantity", "lines[0].unitPrice");
		assertThat(total(sales())).isZero();
	}

	@Test
	void anOrderNeedsALineAndAnActiveSalesperson() {
		Map<String, Object> noLines = simple("nolines", "2026-01-02", 1);
		noLines.put("lines", List.of());
		assertThat(fields(manager.api().post(sales(), noLines))).containsExactly("lines");
		noLines.remove("lines");
		assertThat(fields(manager.api().post(sales(), noLines))).containsExactly("lines");

		Map<String, Object> nobody = simple("nobody", "2026-01-02", 1);
		nobody.put("salespersonId", 987654321L);
		Api.Response response = manager.api().post(sales(), nobody);
		assertThat(fields(response)).containsExactly("salespersonId");
		assertThat(response.json().toString()).contains("987654321");

		Map<String, Object> free = simple("free", "2026-01-02", 0);
		assertThat(manager.api().post(sales(), free).status()).isEqualTo(201);
		assertThat(fields(manager.api().post(sales(), simple("notanumber", "2026-01-02", "abc"))))
			.containsExactly("lines[0].unitPrice");
	}

	@Test
	void orderNumbersAreUniqueAmongLiveOrders() {
		long id = add(simple("dup", "2026-01-02", 10));
		long other = createAccount(manager, "Other " + marker);

		Api.Response again = manager.api().post(sales(other), simple("dup", "2026-01-03", 11));
		assertThat(again.status()).isEqualTo(400);
		assertThat(fields(again)).containsExactly("orderNo");

		assertThat(manager.api().delete(sales() + "/" + id).status()).isEqualTo(204);
		assertThat(manager.api().post(sales(other), simple("dup", "2026-01-03", 11)).status()).isEqualTo(201);
	}

	@Test
	void aPutWithTheCurrentVersionReplacesTheLinesAndRecomputesTheTotal() {
		long id = add(order("put", "2026-02-01", line("A", 1, 10), line("B", 1, 20)));
		Map<String, Object> change = order("put-2", "2026-02-02", line("C", 4, "2.50"));
		change.put("version", 0);

		Api.Response updated = manager.api().put(sales() + "/" + id, change);

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("orderNo").asString()).isEqualTo(marker + "-put-2");
		assertThat(updated.json().get("lines")).hasSize(1);
		assertThat(updated.json().get("total").decimalValue()).isEqualByComparingTo("10.00");
		assertThat(updated.version()).isEqualTo(1);

		Api.Response stale = manager.api().put(sales() + "/" + id, change);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);

		change.remove("version");
		assertThat(fields(manager.api().put(sales() + "/" + id, change))).containsExactly("version");
	}

	@Test
	void aDeletedOrderIsGone() {
		long id = add(simple("gone", "2026-01-02", 10));

		assertThat(manager.api().delete(sales() + "/" + id).status()).isEqualTo(204);

		Api.Response read = manager.api().get(sales() + "/" + id);
		assertThat(read.status()).isEqualTo(404);
		assertThat(read.contentType()).startsWith("application/problem+json");
		assertThat(total(sales())).isZero();
		assertThat(manager.api().delete(sales() + "/" + id).status()).isEqualTo(404);
		Map<String, Object> change = simple("gone", "2026-01-02", 10);
		change.put("version", 1);
		assertThat(manager.api().put(sales() + "/" + id, change).status()).isEqualTo(404);
		assertThat(manager.api().get(sales() + "/stats").json().get("orderCount").asLong()).isZero();
	}

	@Test
	void theListIsNewestFirstFilteredByDateAndPaged() {
		add(simple("a", "2025-12-31", 1));
		add(simple("b", "2026-01-01", 2));
		add(simple("c", "2026-01-15", 3));
		add(simple("d", "2026-02-01", 4));

		assertThat(numbers(manager.api().get(sales()).json())).containsExactly("d", "c", "b", "a");
		JsonNode january = manager.api().get(sales() + "?from=2026-01-01&to=2026-01-31").json();
		assertThat(numbers(january)).containsExactly("c", "b");
		assertThat(january.get("total").asLong()).isEqualTo(2);
		JsonNode second = manager.api().get(sales() + "?page=1&size=3").json();
		assertThat(numbers(second)).containsExactly("a");
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(second.get("size").asInt()).isEqualTo(3);
		assertThat(second.get("total").asLong()).isEqualTo(4);
		assertThat(manager.api().get(sales() + "?size=0").status()).isEqualTo(400);
		assertThat(fields(manager.api().get(sales() + "?from=2026-02-01&to=2026-01-01"))).containsExactly("to");
		assertThat(fields(manager.api().get(sales() + "?from=yesterday"))).containsExactly("from");
	}

	@Test
	void statsAreTotalledByMonthQuarterAndYear() {
		add(simple("m1", "2025-01-15", "60.50"));
		add(order("m2", "2025-01-31", line("X", 1, "39.50")));
		add(simple("m3", "2025-02-10", 50));
		add(simple("m4", "2025-04-01", 30));
		add(simple("m5", "2026-01-05", 20));
		Map<String, Object> dollars = simple("usd", "2025-03-03", 7);
		dollars.put("currency", "USD");
		add(dollars);

		JsonNode month = manager.api().get(sales() + "/stats?by=month").json();
		assertThat(month.get("by").asString()).isEqualTo("month");
		assertThat(month.get("orderCount").asLong()).isEqualTo(6);
		assertThat(month.get("lastPurchaseDate").asString()).isEqualTo("2026-01-05");
		assertThat(periods(month, "CNY")).containsExactly("2025-01=100.00/2", "2025-02=50.00/1", "2025-04=30.00/1",
				"2026-01=20.00/1");
		assertThat(periods(month, "USD")).containsExactly("2025-03=7.00/1");
		JsonNode cny = month.get("currencies").get(0);
		assertThat(cny.get("currency").asString()).isEqualTo("CNY");
		assertThat(cny.get("orderCount").asLong()).isEqualTo(5);
		assertThat(cny.get("total").decimalValue()).isEqualByComparingTo("200.00");
		assertThat(cny.get("averageOrderValue").decimalValue()).isEqualByComparingTo("40.00");
		assertThat(cny.get("firstPurchaseDate").asString()).isEqualTo("2025-01-15");
		assertThat(cny.get("lastPurchaseDate").asString()).isEqualTo("2026-01-05");
		// January 2025 to January 2026: 13 months; 355 days over 4 gaps
		assertThat(cny.get("activeMonths").asLong()).isEqualTo(13);
		assertThat(cny.get("ordersPerMonth").decimalValue()).isEqualByComparingTo("0.38");
		assertThat(cny.get("averageDaysBetweenOrders").decimalValue()).isEqualByComparingTo("88.8");
		JsonNode usd = month.get("currencies").get(1);
		assertThat(usd.get("orderCount").asLong()).isEqualTo(1);
		assertThat(usd.get("averageDaysBetweenOrders").isNull()).isTrue();

		JsonNode quarter = manager.api().get(sales() + "/stats?by=quarter").json();
		assertThat(periods(quarter, "CNY")).containsExactly("2025-Q1=150.00/3", "2025-Q2=30.00/1", "2026-Q1=20.00/1");
		assertThat(quarter.get("periods").get(0).get("quarter").asInt()).isEqualTo(1);
		JsonNode year = manager.api().get(sales() + "/stats?by=year").json();
		assertThat(periods(year, "CNY")).containsExactly("2025=180.00/4", "2026=20.00/1");
		assertThat(periods(manager.api().get(sales() + "/stats").json(), "CNY")).hasSize(4);
		JsonNode only2025 = manager.api().get(sales() + "/stats?by=year&from=2025-01-01&to=2025-12-31").json();
		assertThat(periods(only2025, "CNY")).containsExactly("2025=180.00/4");

		assertThat(fields(manager.api().get(sales() + "/stats?by=week"))).containsExactly("by");
	}

	@Test
	void anAtomicBulkLoadWithAnInvalidRowWritesNothing() {
		List<Map<String, Object>> orders = List.of(simple("b1", "2026-01-01", 1),
				order("b2", "2026-01-02", line("Bad", 0, 5)), simple("b3", "2026-01-03", 3));

		Api.Response response = manager.api().post(sales() + "/bulk", Map.of("orders", orders));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(fields(response)).containsExactly("orders[1].lines[0].quantity");
		JsonNode rows = response.json().get("rows");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("index").asInt()).isEqualTo(1);
		assertThat(rows.get(0).get("orderNo").asString()).isEqualTo(marker + "-b2");
		assertThat(rows.get(0).get("status").asString()).isEqualTo("error");
		assertThat(rows.get(0).get("errors").get(0).get("field").asString()).isEqualTo("lines[0].quantity");
		assertThat(total(sales())).isZero();
	}

	@Test
	void aBulkLoadIsIdempotentOnTheOrderNumber() {
		List<Map<String, Object>> orders = List.of(simple("i1", "2026-01-01", 1),
				order("i2", "2026-01-02", line("P", 2, "3.335"), line("Q", 1, 1)));

		Api.Response first = manager.api().post(sales() + "/bulk", Map.of("orders", orders));
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.json().get("mode").asString()).isEqualTo("atomic");
		assertThat(first.json().get("created").asLong()).isEqualTo(2);
		assertThat(first.json().get("rows").get(1).get("status").asString()).isEqualTo("created");
		long id = first.json().get("rows").get(1).get("id").asLong();
		assertThat(manager.api().get(sales() + "/" + id).json().get("total").decimalValue())
			.isEqualByComparingTo("7.67");

		Api.Response again = manager.api().post(sales() + "/bulk", Map.of("orders", orders));
		assertThat(again.status()).as(again.toString()).isEqualTo(200);
		assertThat(again.json().get("created").asLong()).isZero();
		assertThat(again.json().get("unchanged").asLong()).isEqualTo(2);
		assertThat(again.json().get("rows").get(1).get("id").asLong()).isEqualTo(id);
		assertThat(total(sales())).isEqualTo(2);

		// the same number with other content is not silently overwritten
		List<Map<String, Object>> changed = List.of(simple("i1", "2026-01-01", 99), simple("i3", "2026-01-03", 3),
				simple("i3", "2026-01-03", 3), simple("i4", "2026-01-04", 4), simple("i4", "2026-01-04", 5));
		Api.Response partial = manager.api().post(sales() + "/bulk?mode=partial", Map.of("orders", changed));
		assertThat(partial.status()).as(partial.toString()).isEqualTo(200);
		JsonNode report = partial.json();
		assertThat(report.get("mode").asString()).isEqualTo("partial");
		assertThat(statuses(report)).containsExactly("error", "created", "unchanged", "created", "error");
		assertThat(report.get("rows").get(0).get("errors").get(0).get("field").asString()).isEqualTo("orderNo");
		assertThat(report.get("created").asLong()).isEqualTo(2);
		assertThat(report.get("errors").asLong()).isEqualTo(2);
		assertThat(total(sales())).isEqualTo(4);
		assertThat(manager.api()
			.get(sales() + "/" + first.json().get("rows").get(0).get("id").asLong())
			.json()
			.get("total")
			.decimalValue()).isEqualByComparingTo("1.00");
	}

	@Test
	void aPartialBulkLoadWritesTheValidRowsAndReportsTheOthers() {
		List<Map<String, Object>> orders = List.of(simple("p1", "2026-01-01", 1), simple("p2", null, 2),
				order("p3", "2026-01-03"), simple("p4", "2026-01-04", 4));

		Api.Response response = manager.api().post(sales() + "/bulk?mode=partial", Map.of("orders", orders));

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(statuses(response.json())).containsExactly("created", "error", "error", "created");
		assertThat(response.json().get("rows").get(1).get("errors").get(0).get("field").asString())
			.isEqualTo("orderDate");
		assertThat(response.json().get("rows").get(2).get("errors").get(0).get("field").asString()).isEqualTo("lines");
		assertThat(total(sales())).isEqualTo(2);
		assertThat(fields(manager.api().post(sales() + "/bulk?mode=sometimes", Map.of("orders", orders))))
			.containsExactly("mode");
		assertThat(fields(manager.api().post(sales() + "/bulk", Map.of("orders", List.of()))))
			.containsExactly("orders");
	}

	@Test
	void theBulkLoadAcrossAccountsChecksEachAccount() {
		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		long theirs = createAccount(colleague, "Theirs " + marker);
		long second = createAccount(manager, "Second " + marker);
		Map<String, Object> mine = simple("x1", "2026-01-01", 1);
		mine.put("accountId", accountId);
		Map<String, Object> mySecond = simple("x2", "2026-01-01", 2);
		mySecond.put("accountId", second);
		Map<String, Object> foreign = simple("x3", "2026-01-01", 3);
		foreign.put("accountId", theirs);
		Map<String, Object> unknown = simple("x4", "2026-01-01", 4);
		unknown.put("accountId", 987654321L);
		Map<String, Object> none = simple("x5", "2026-01-01", 5);

		Api.Response atomic = manager.api()
			.post("/api/v1/sales/bulk", Map.of("orders", List.of(mine, mySecond, foreign, unknown, none)));
		assertThat(atomic.status()).isEqualTo(400);
		assertThat(fields(atomic)).containsExactly("orders[2].accountId", "orders[3].accountId", "orders[4].accountId");
		assertThat(total(sales())).isZero();

		Api.Response partial = manager.api()
			.post("/api/v1/sales/bulk?mode=partial", Map.of("orders", List.of(mine, mySecond, foreign)));
		assertThat(statuses(partial.json())).containsExactly("created", "created", "error");
		assertThat(total(sales())).isEqualTo(1);
		assertThat(total(sales(second))).isEqualTo(1);
		assertThat(total(sales(theirs), colleague)).isZero();
	}

	@Test
	void bulkLoadsFiveThousandOrdersInOneCall() {
		List<Map<String, Object>> orders = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			orders.add(order("k" + i, "2025-" + String.format("%02d", 1 + i % 12) + "-10", line("A", 1 + i % 7, "9.90"),
					line("B", 2, "15"), line("C", 1, "0.5")));
		}
		long started = System.nanoTime();
		Api.Response response = manager.api().post(sales() + "/bulk", Map.of("orders", orders));
		double seconds = (System.nanoTime() - started) / 1e9;

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("created").asLong()).isEqualTo(5000);
		assertThat(total(sales())).isEqualTo(5000);
		JsonNode stats = manager.api().get(sales() + "/stats?by=year").json();
		assertThat(stats.get("orderCount").asLong()).isEqualTo(5000);
		System.out.printf("[benchmark] %s: bulk load of 5,000 orders (20,000 rows) in %.2f s: %.0f orders/s%n",
				getClass().getSimpleName(), seconds, 5000 / seconds);

		started = System.nanoTime();
		Api.Response again = manager.api().post(sales() + "/bulk", Map.of("orders", orders));
		seconds = (System.nanoTime() - started) / 1e9;
		assertThat(again.json().get("unchanged").asLong()).isEqualTo(5000);
		System.out.printf("[benchmark] %s: the same 5,000 orders again (all unchanged) in %.2f s%n",
				getClass().getSimpleName(), seconds);
	}

	@Test
	void theCrossAccountListFiltersByAccountSalespersonDateAndProduct() {
		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		long theirs = createAccount(colleague, "Theirs " + marker);
		long second = createAccount(manager, "Second " + marker);
		add(order("l1", "2026-01-05", line("Steel pipe " + marker, 1, 5)));
		Api.Response other = manager.api()
			.post(sales(second), order("l2", "2026-02-05", line("Copper " + marker + " wire", 1, 7)));
		assertThat(other.status()).isEqualTo(201);
		Map<String, Object> colleagues = order("l3", "2026-03-05", line("Steel pipe " + marker, 1, 9));
		colleagues.put("salespersonId", colleague.id());
		assertThat(colleague.api().post(sales(theirs), colleagues).status()).isEqualTo(201);

		String byMarker = "/api/v1/sales?product=" + marker;
		JsonNode mine = manager.api().get(byMarker).json();
		assertThat(numbers(mine)).containsExactly("l2", "l1");
		assertThat(mine.get("total").asLong()).isEqualTo(2);
		assertThat(mine.get("totalExact").asBoolean()).as("a count below the cap is exact").isTrue();
		assertThat(mine.get("page").asInt()).isZero();
		assertThat(mine.get("size").asInt()).isEqualTo(20);

		TestUsers.User analyst = users.create("ANALYST");
		assertThat(numbers(analyst.api().get(byMarker).json())).containsExactly("l3", "l2", "l1");
		assertThat(numbers(analyst.api().get(byMarker + "&sort=orderDate,asc").json())).containsExactly("l1", "l2",
				"l3");
		assertThat(numbers(analyst.api().get(byMarker + "&sort=total,desc").json())).containsExactly("l3", "l2", "l1");
		assertThat(numbers(analyst.api().get(byMarker + "&accountId=" + second).json())).containsExactly("l2");
		assertThat(numbers(analyst.api().get(byMarker + "&salespersonId=" + colleague.id()).json()))
			.containsExactly("l3");
		assertThat(numbers(analyst.api().get(byMarker + "&from=2026-02-01&to=2026-02-28").json()))
			.containsExactly("l2");
		assertThat(numbers(analyst.api().get("/api/v1/sales?product=STEEL%20PIPE%20" + marker).json()))
			.containsExactly("l3", "l1");
		assertThat(numbers(analyst.api().get(byMarker + "&size=1&page=1").json())).containsExactly("l2");
		assertThat(analyst.api().get("/api/v1/sales?product=%25" + marker).json().get("total").asLong()).isZero();
		assertThat(fields(analyst.api().get("/api/v1/sales?sort=price"))).containsExactly("sort");
		assertThat(fields(analyst.api().get("/api/v1/sales?page=500&size=50")))
			.as("paging stops at the count cap, as the account list's")
			.containsExactly("page");
		assertThat(numbers(manager.api().get(byMarker + "&accountId=" + theirs).json())).isEmpty();
	}

	@Test
	void anAccountManagerNeitherReadsNorWritesAnotherManagersSales() {
		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		long theirs = createAccount(colleague, "Theirs " + marker);
		Map<String, Object> secret = simple("secret", "2026-01-01", 1);
		secret.put("salespersonId", colleague.id());
		long id = colleague.api().post(sales(theirs), secret).id();

		Api.Response list = manager.api().get(sales(theirs));
		assertThat(list.status()).isEqualTo(403);
		assertThat(list.contentType()).startsWith("application/problem+json");
		assertThat(manager.api().get(sales(theirs) + "/" + id).status()).isEqualTo(403);
		assertThat(manager.api().get(sales(theirs) + "/stats").status()).isEqualTo(403);
		assertThat(manager.api().post(sales(theirs), simple("intruder", "2026-01-01", 1)).status()).isEqualTo(403);
		assertThat(manager.api()
			.post(sales(theirs) + "/bulk", Map.of("orders", List.of(simple("intruder2", "2026-01-01", 1))))
			.status()).isEqualTo(403);
		Map<String, Object> change = simple("changed", "2026-01-01", 1);
		change.put("version", 0);
		assertThat(manager.api().put(sales(theirs) + "/" + id, change).status()).isEqualTo(403);
		assertThat(manager.api().delete(sales(theirs) + "/" + id).status()).isEqualTo(403);

		assertThat(colleague.api().get(sales(theirs) + "/" + id).json().get("orderNo").asString())
			.isEqualTo(marker + "-secret");
	}

	@Test
	void anAnalystReadsSalesButDoesNotChangeThem() {
		long id = add(simple("known", "2026-01-01", 1));
		TestUsers.User analyst = users.create("ANALYST");

		assertThat(analyst.api().get(sales()).status()).isEqualTo(200);
		assertThat(analyst.api().get(sales() + "/" + id).status()).isEqualTo(200);
		assertThat(analyst.api().get(sales() + "/stats").json().get("orderCount").asLong()).isEqualTo(1);

		Api.Response create = analyst.api().post(sales(), simple("analysts", "2026-01-01", 1));
		assertThat(create.status()).isEqualTo(403);
		assertThat(create.contentType()).startsWith("application/problem+json");
		Map<String, Object> change = simple("changed", "2026-01-01", 1);
		change.put("version", 0);
		assertThat(analyst.api().put(sales() + "/" + id, change).status()).isEqualTo(403);
		assertThat(analyst.api().delete(sales() + "/" + id).status()).isEqualTo(403);
		Map<String, Object> bulkRow = simple("analysts2", "2026-01-01", 1);
		bulkRow.put("accountId", accountId);
		Api.Response bulk = analyst.api().post("/api/v1/sales/bulk", Map.of("orders", List.of(bulkRow)));
		assertThat(bulk.status()).isEqualTo(400);
		assertThat(fields(bulk)).containsExactly("orders[0].accountId");
		assertThat(total(sales())).isEqualTo(1);
	}

	@Test
	void aTeamManagerRecordsSalesOfAnyAccount() {
		TestUsers.User teamManager = users.create("MANAGER");

		Api.Response created = teamManager.api().post(sales(), simple("tm", "2026-01-01", 1));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(total(sales())).isEqualTo(1);
	}

	@Test
	void anOrderIsNotFoundUnderAnotherAccountNorUnderAnUnknownOne() {
		long id = add(simple("mine", "2026-01-01", 1));
		long other = createAccount(manager, "Other " + marker);

		assertThat(manager.api().get(sales(other) + "/" + id).status()).isEqualTo(404);
		assertThat(manager.api().delete(sales(other) + "/" + id).status()).isEqualTo(404);
		assertThat(manager.api().get(sales(987654321L)).status()).isEqualTo(404);
		assertThat(manager.api().post(sales(987654321L), simple("n", "2026-01-01", 1)).status()).isEqualTo(404);
		assertThat(manager.api().get(sales() + "/987654321").status()).isEqualTo(404);
	}

	@Test
	void anonymousCallersAreUnauthorized() {
		long id = add(simple("private", "2026-01-01", 1));

		Api.Response list = api.anonymous().get(sales());
		assertThat(list.status()).isEqualTo(401);
		assertThat(list.contentType()).startsWith("application/problem+json");
		assertThat(api.anonymous().get(sales() + "/" + id).status()).isEqualTo(401);
		assertThat(api.anonymous().get("/api/v1/sales").status()).isEqualTo(401);
		assertThat(api.anonymous().post("/api/v1/sales/bulk", Map.of("orders", List.of())).status()).isEqualTo(401);
		assertThat(api.as(manager.username(), "wrong-password").post(sales(), simple("x", "2026-01-01", 1)).status())
			.isEqualTo(401);
	}

	private long total(String path) {
		return total(path, manager);
	}

	private static long total(String path, TestUsers.User user) {
		Api.Response list = user.api().get(path);
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		return list.json().get("total").asLong();
	}

	private List<String> numbers(JsonNode page) {
		return page.get("items")
			.valueStream()
			.map(item -> item.get("orderNo").asString().substring(marker.length() + 1))
			.toList();
	}

	private static List<String> periods(JsonNode stats, String currency) {
		return stats.get("periods")
			.valueStream()
			.filter(p -> p.get("currency").asString().equals(currency))
			.map(p -> p.get("period").asString() + "=" + p.get("total").decimalValue().setScale(2) + "/"
					+ p.get("orderCount").asLong())
			.toList();
	}

	private static List<String> statuses(JsonNode report) {
		return report.get("rows").valueStream().map(r -> r.get("status").asString()).toList();
	}

	static List<String> fields(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}

}
