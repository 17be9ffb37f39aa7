package org.kam.sales;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.report.ReportFixtures;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sales section of a periodic report, through the API: 2025-Q3 against 2025-Q2. Runs
 * on H2 and on PostgreSQL.
 */
@BothDatabases
class SalesReportApiTests {

	@LocalServerPort
	int port;

	TestUsers users;

	TestUsers.User manager;

	TestUsers.User colleague;

	String marker;

	long accountId;

	@BeforeEach
	void setUp() {
		users = new TestUsers(new Api(port));
		manager = users.create("ACCOUNT_MANAGER");
		colleague = users.create("ACCOUNT_MANAGER");
		marker = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = ReportFixtures.account(manager, "Report Sales " + marker, null);
	}

	@Test
	void theQuarterIsComparedWithThePreviousOnePerCurrencyAndListsItsLargestOrders() throws Exception {
		// the previous quarter: 1,500 CNY in two orders, 200 USD in one
		add("P1", "2025-04-10", "CNY", manager, line(1, "1000"));
		add("P2", "2025-06-30", "CNY", manager, line(1, "500"));
		add("P3", "2025-05-05", "USD", manager, line(2, "100"));
		// the quarter: 4,200.50 CNY in two orders, 300 USD in one
		add("C1", "2025-07-01", "CNY", manager, line(2, "1000.25"), line(1, "1000"));
		add("C2", "2025-09-30", "CNY", manager, line(1, "1200"));
		add("C3", "2025-08-15", "usd", colleague, line(3, "100"));
		long deleted = add("D1", "2025-08-20", "CNY", manager, line(1, "99999"));
		assertThat(manager.api().delete(sales() + "/" + deleted).status()).isEqualTo(204);
		// after the quarter: neither counted nor the last purchase
		add("N1", "2025-10-01", "CNY", manager, line(1, "777"));

		long report = generate("2025-Q3");

		JsonNode en = section(report, "en");
		assertThat(en.get("title").asString()).isEqualTo("Sales");
		assertThat(figures(en)).containsExactly("Sales amount|4200.5|1500|CNY", "Sales amount|300|200|USD",
				"Orders|3|3|", "Average order value|2100.25|750|CNY", "Average order value|300|200|USD");
		assertThat(rows(en)).containsExactly("Last purchase|Sep 30, 2025");
		assertThat(columns(en)).containsExactly("Order no.", "Order date", "Salesperson", "Total");
		assertThat(tableRows(en)).containsExactly(
				List.of(marker + "-C1", "Jul 1, 2025", "Test " + manager.username(), "3,000.50 CNY"),
				List.of(marker + "-C2", "Sep 30, 2025", "Test " + manager.username(), "1,200.00 CNY"),
				List.of(marker + "-C3", "Aug 15, 2025", "Test " + colleague.username(), "300.00 USD"));
		assertThat(en.get("note").isNull()).isTrue();

		JsonNode zh = section(report, "zh-CN");
		assertThat(zh.get("title").asString()).isEqualTo("销售");
		assertThat(figures(zh)).containsExactly("销售额|4200.5|1500|CNY", "销售额|300|200|USD", "订单数|3|3|",
				"平均订单金额|2100.25|750|CNY", "平均订单金额|300|200|USD");
		assertThat(rows(zh)).containsExactly("最近购买日期|2025年9月30日");
		assertThat(columns(zh)).containsExactly("订单号", "订单日期", "销售人员", "合计");
		assertThat(tableRows(zh).get(0)).containsExactly(marker + "-C1", "2025年7月1日", "Test " + manager.username(),
				"3,000.50 CNY");

		HttpResponse<byte[]> pdf = ReportFixtures.download(port, manager.username(), TestUsers.PASSWORD,
				reports() + "/" + report + ".pdf?lang=en");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(ReportFixtures.pdfText(pdf.body()).replace(" ", "")).contains("Salesamount", "4,200.50CNY",
				marker + "-C1", "3,000.50CNY");
	}

	@Test
	void aQuarterWithoutSalesSaysSoAndShowsTheLastEarlierPurchase() {
		add("OLD", "2024-11-11", "CNY", manager, line(1, "50"));

		long report = generate("2025-Q3");

		JsonNode en = section(report, "en");
		assertThat(en.get("title").asString()).isEqualTo("Sales");
		assertThat(figures(en)).containsExactly("Sales amount|0|0|CNY", "Orders|0|0|");
		assertThat(rows(en)).containsExactly("Last purchase|Nov 11, 2024");
		assertThat(tableRows(en)).isEmpty();
		assertThat(en.get("note").asString()).isEqualTo("No sales in this period.");
		assertThat(section(report, "zh-CN").get("note").asString()).isEqualTo("本期无销售。");
	}

	@Test
	void deletedOrdersAreNotCounted() {
		long deleted = add("GONE", "2025-08-01", "CNY", manager, line(1, "5000"));
		long previous = add("GONE-2", "2025-05-01", "USD", manager, line(1, "10"));
		assertThat(manager.api().delete(sales() + "/" + deleted).status()).isEqualTo(204);
		assertThat(manager.api().delete(sales() + "/" + previous).status()).isEqualTo(204);

		long report = generate("2025-Q3");

		JsonNode en = section(report, "en");
		assertThat(figures(en)).containsExactly("Sales amount|0|0|CNY", "Orders|0|0|");
		assertThat(rows(en)).containsExactly("Last purchase|No purchase yet");
		assertThat(tableRows(en)).isEmpty();
		assertThat(en.get("note").asString()).isEqualTo("No sales in this period.");
		assertThat(rows(section(report, "zh-CN"))).containsExactly("最近购买日期|尚无购买记录");
	}

	@Test
	void theTableKeepsTheLargestOrdersAndCountsTheOthers() {
		List<Map<String, Object>> orders = new ArrayList<>();
		for (int i = 1; i <= 22; i++) {
			orders.add(order(String.format("B%02d", i), "2025-07-" + String.format("%02d", i), "CNY", manager,
					line(1, String.valueOf(i * 10))));
		}
		Api.Response bulk = manager.api().post(sales() + "/bulk", Map.of("orders", orders));
		assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);

		long report = generate("2025-Q3");

		JsonNode en = section(report, "en");
		List<List<String>> rows = tableRows(en);
		assertThat(rows).hasSize(20);
		assertThat(rows.get(0)).containsExactly(marker + "-B22", "Jul 22, 2025", "Test " + manager.username(),
				"220.00 CNY");
		assertThat(rows.get(19).get(0)).isEqualTo(marker + "-B03");
		assertThat(figures(en)).contains("Orders|22|0|", "Sales amount|2530|0|CNY");
		assertThat(en.get("note").asString()).isEqualTo("2 more orders not shown.");
		assertThat(section(report, "zh-CN").get("note").asString()).isEqualTo("另有 2 个订单未列出。");
	}

	// --- helpers ---

	String sales() {
		return "/api/v1/accounts/" + accountId + "/sales";
	}

	String reports() {
		return "/api/v1/accounts/" + accountId + "/reports";
	}

	static Map<String, Object> line(Object quantity, String unitPrice) {
		return Map.of("product", "Widget", "quantity", quantity, "unitPrice", unitPrice);
	}

	@SafeVarargs
	final Map<String, Object> order(String no, String date, String currency, TestUsers.User salesperson,
			Map<String, Object>... lines) {
		Map<String, Object> body = new HashMap<>();
		body.put("orderNo", marker + "-" + no);
		body.put("orderDate", date);
		body.put("currency", currency);
		body.put("salespersonId", salesperson.id());
		body.put("lines", List.of(lines));
		return body;
	}

	@SafeVarargs
	final long add(String no, String date, String currency, TestUsers.User salesperson, Map<String, Object>... lines) {
		Api.Response created = manager.api().post(sales(), order(no, date, currency, salesperson, lines));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	long generate(String period) {
		Api.Response created = manager.api().send("POST", reports() + "?lang=en", "{\"period\":\"" + period + "\"}");
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	JsonNode section(long report, String lang) {
		Api.Response read = manager.api().get(reports() + "/" + report + "?lang=" + lang);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		return read.json()
			.get("sections")
			.valueStream()
			.filter(s -> "sales".equals(s.get("key").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no sales section in " + read));
	}

	/** label|current|previous|unit, the numbers without trailing zeros. */
	static List<String> figures(JsonNode section) {
		return section.get("figures")
			.valueStream()
			.map(f -> f.get("label").asString() + "|" + plain(f.get("current")) + "|" + plain(f.get("previous")) + "|"
					+ (f.get("unit") == null || f.get("unit").isNull() ? "" : f.get("unit").asString()))
			.toList();
	}

	private static String plain(JsonNode value) {
		return value == null || value.isNull() ? "" : value.decimalValue().stripTrailingZeros().toPlainString();
	}

	static List<String> rows(JsonNode section) {
		return section.get("rows")
			.valueStream()
			.map(r -> r.get("label").asString() + "|" + r.get("value").asString())
			.toList();
	}

	static List<String> columns(JsonNode section) {
		return section.get("table").get("columns").valueStream().map(JsonNode::asString).toList();
	}

	static List<List<String>> tableRows(JsonNode section) {
		return section.get("table")
			.get("rows")
			.valueStream()
			.map(row -> row.valueStream().map(JsonNode::asString).toList())
			.toList();
	}

}
