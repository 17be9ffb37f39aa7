package org.kam.contract;

import java.net.http.HttpResponse;
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
 * The contracts section of a periodic report, through the API: 2025-Q3 (ending
 * 2025-09-30, so the renewal window runs to 2025-12-29) against 2025-Q2. Runs on H2 and
 * on PostgreSQL.
 */
@BothDatabases
class ContractReportApiTests {

	@LocalServerPort
	int port;

	TestUsers.User manager;

	String marker;

	long accountId;

	@BeforeEach
	void setUp() {
		manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		marker = "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = ReportFixtures.account(manager, "Report Contracts " + marker, null);
	}

	@Test
	void theQuarterCountsSigningsAndEndingsAgainstThePreviousOneAndListsThem() throws Exception {
		// the previous quarter: one signed, one ended
		add(contract("P1", "PURCHASE", "ACTIVE", "2025-04-15", "2025-04-15", "2026-04-14", "100000", "CNY"));
		add(contract("P2", "SERVICE", "EXPIRED", "2024-07-01", "2024-07-01", "2025-06-30", "3000", "CNY"));
		// the quarter: two signed (CNY and USD), one ended, one ending within the window
		add(contract("C1", "FRAMEWORK", "ACTIVE", "2025-07-01", "2025-07-01", "2026-06-30", "500000", "CNY"));
		add(contract("C2", "SERVICE", "ACTIVE", "2025-09-30", "2025-10-01", null, "12000.50", "usd"));
		add(contract("C3", "PURCHASE", "EXPIRED", "2024-09-01", "2024-09-01", "2025-08-31", "80000", "CNY"));
		add(contract("C4", "NDA", "ACTIVE", "2023-12-01", "2023-12-01", "2025-12-29", null, "CNY"));
		// not counted: ends the day after the window, terminated early, a draft, signed
		// after the
		// quarter, deleted
		add(contract("X1", "SERVICE", "ACTIVE", "2024-12-30", "2024-12-30", "2025-12-30", "1", "CNY"));
		add(contract("X2", "SERVICE", "TERMINATED", "2024-01-01", "2024-01-01", "2025-09-15", "1", "CNY"));
		add(contract("X3", "OTHER", "DRAFT", null, null, "2025-08-01", "1", "CNY"));
		add(contract("X4", "OTHER", "ACTIVE", "2025-10-01", "2025-10-01", "2026-10-01", "1", "CNY"));
		long deleted = add(
				contract("D1", "PURCHASE", "ACTIVE", "2025-08-01", "2025-08-01", "2025-09-01", "999999", "CNY"));
		assertThat(manager.api().delete(contracts() + "/" + deleted).status()).isEqualTo(204);

		long report = generate("2025-Q3");

		JsonNode en = section(report, "en");
		assertThat(en.get("title").asString()).isEqualTo("Contracts");
		assertThat(figures(en)).containsExactly("Contracts signed|2|1|", "Amount signed|500000|100000|CNY",
				"Amount signed|12000.5|0|USD", "Contracts ending|1|1|");
		assertThat(rows(en)).containsExactly("Ending within 90 days after the period|1");
		assertThat(columns(en)).containsExactly("Number", "Title", "Type", "Status", "Signed on", "Period", "Amount");
		assertThat(tableRows(en)).containsExactly(
				List.of(number("C3"), title("C3"), "Purchase contract", "Expired", "Sep 1, 2024",
						"Sep 1, 2024 – Aug 31, 2025", "80,000.00 CNY"),
				List.of(number("C4"), title("C4"), "Non-disclosure agreement", "Active", "Dec 1, 2023",
						"Dec 1, 2023 – Dec 29, 2025", ""),
				List.of(number("C1"), title("C1"), "Framework agreement", "Active", "Jul 1, 2025",
						"Jul 1, 2025 – Jun 30, 2026", "500,000.00 CNY"),
				List.of(number("C2"), title("C2"), "Service contract", "Active", "Sep 30, 2025", "Oct 1, 2025 – ",
						"12,000.50 USD"));
		assertThat(en.get("note").isNull()).isTrue();

		JsonNode zh = section(report, "zh-CN");
		assertThat(zh.get("title").asString()).isEqualTo("合同");
		assertThat(figures(zh)).containsExactly("签订合同数|2|1|", "签订金额|500000|100000|CNY", "签订金额|12000.5|0|USD",
				"到期合同数|1|1|");
		assertThat(rows(zh)).containsExactly("期末后 90 天内到期|1");
		assertThat(columns(zh)).containsExactly("合同编号", "合同名称", "合同类型", "状态", "签订日期", "合同期限", "合同金额");
		assertThat(tableRows(zh).get(0)).containsExactly(number("C3"), title("C3"), "采购合同", "已到期", "2024年9月1日",
				"2024年9月1日 – 2025年8月31日", "80,000.00 CNY");

		HttpResponse<byte[]> pdf = ReportFixtures.download(port, manager.username(), TestUsers.PASSWORD,
				reports() + "/" + report + ".pdf?lang=en");
		assertThat(pdf.statusCode()).isEqualTo(200);
		// figure cells are wide enough to keep their text on one line; table cells wrap
		assertThat(ReportFixtures.pdfText(pdf.body()).replace(" ", "")).contains("Contractssigned", "500,000.00CNY",
				"12,000.50USD");
	}

	@Test
	void aQuarterWithoutContractsSaysSo() {
		long report = generate("2025-Q3");

		JsonNode en = section(report, "en");
		assertThat(en.get("title").asString()).isEqualTo("Contracts");
		assertThat(figures(en)).containsExactly("Contracts signed|0|0|", "Amount signed|0|0|CNY",
				"Contracts ending|0|0|");
		assertThat(rows(en)).containsExactly("Ending within 90 days after the period|0");
		assertThat(tableRows(en)).isEmpty();
		assertThat(en.get("note").asString())
			.isEqualTo("No contract was signed in this period, and none ends in it or in the 90 days after it.");
		assertThat(section(report, "zh-CN").get("note").asString()).isEqualTo("本期没有签订的合同，本期内及期末后 90 天内也没有到期的合同。");
	}

	@Test
	void deletedContractsAreNotCounted() {
		long signed = add(
				contract("D1", "PURCHASE", "ACTIVE", "2025-08-01", "2025-08-01", "2026-07-31", "5000", "CNY"));
		long ending = add(contract("D2", "SERVICE", "EXPIRED", "2024-09-01", "2024-09-01", "2025-08-31", "10", "USD"));
		long previous = add(contract("D3", "SERVICE", "ACTIVE", "2025-05-01", "2025-05-01", "2025-11-30", "7", "CNY"));
		for (long id : List.of(signed, ending, previous)) {
			assertThat(manager.api().delete(contracts() + "/" + id).status()).isEqualTo(204);
		}

		long report = generate("2025-Q3");

		JsonNode en = section(report, "en");
		assertThat(figures(en)).containsExactly("Contracts signed|0|0|", "Amount signed|0|0|CNY",
				"Contracts ending|0|0|");
		assertThat(rows(en)).containsExactly("Ending within 90 days after the period|0");
		assertThat(tableRows(en)).isEmpty();
	}

	@Test
	void theTableIsBoundedAndCountsTheRest() {
		for (int i = 1; i <= 52; i++) {
			add(contract(String.format("M%02d", i), "OTHER", "ACTIVE", "2025-08-01", "2025-08-01",
					"2026-08-" + String.format("%02d", i % 28 + 1), "1", "CNY"));
		}

		long report = generate("2025-Q3");

		JsonNode en = section(report, "en");
		assertThat(tableRows(en)).hasSize(50);
		assertThat(figures(en)).contains("Contracts signed|52|0|", "Amount signed|52|0|CNY");
		assertThat(en.get("note").asString()).isEqualTo("2 more contracts not shown.");
		assertThat(section(report, "zh-CN").get("note").asString()).isEqualTo("另有 2 份合同未列出。");
	}

	// --- helpers ---

	String contracts() {
		return "/api/v1/accounts/" + accountId + "/contracts";
	}

	String reports() {
		return "/api/v1/accounts/" + accountId + "/reports";
	}

	String number(String suffix) {
		return "HT-" + marker + "-" + suffix;
	}

	String title(String suffix) {
		return "年度协议 " + suffix + " " + marker;
	}

	Map<String, Object> contract(String suffix, String type, String status, String signedOn, String startsOn,
			String endsOn, String amount, String currency) {
		Map<String, Object> body = new HashMap<>();
		body.put("number", number(suffix));
		body.put("title", title(suffix));
		body.put("type", type);
		body.put("status", status);
		body.put("signedOn", signedOn);
		body.put("startsOn", startsOn);
		body.put("endsOn", endsOn);
		body.put("amount", amount);
		body.put("currency", currency);
		return body;
	}

	long add(Map<String, Object> body) {
		Api.Response created = manager.api().post(contracts(), body);
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
			.filter(s -> "contracts".equals(s.get("key").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no contracts section in " + read));
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
