package org.kam.complaint;

import java.time.OffsetDateTime;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kam.report.ReportFixtures.columns;
import static org.kam.report.ReportFixtures.figures;
import static org.kam.report.ReportFixtures.note;
import static org.kam.report.ReportFixtures.rows;
import static org.kam.report.ReportFixtures.tableRows;

/**
 * The complaints section of a periodic report, generated through the API for 2025-Q3 (1
 * July – 30 September 2025, Asia/Shanghai) against 2025-Q2. Runs on H2 and on PostgreSQL.
 */
@BothDatabases
class ComplaintReportApiTests {

	static final String KEY = "complaints";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	TestUsers.User manager;

	long accountId;

	@BeforeEach
	void setUp() {
		manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		accountId = ReportFixtures.account(manager, "Complaint report " + marker, null);
	}

	String complaints() {
		return "/api/v1/accounts/" + accountId + "/complaints";
	}

	long receive(String receivedAt, String severity, String category, String status, String resolution,
			boolean confirmed) {
		Map<String, Object> body = new HashMap<>();
		body.put("receivedAt", receivedAt);
		body.put("channel", "PHONE");
		body.put("category", category);
		body.put("severity", severity);
		body.put("description", category + " complaint");
		body.put("status", status);
		body.put("resolution", resolution);
		body.put("customerConfirmed", confirmed);
		Api.Response created = manager.api().post(complaints(), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	/**
	 * The workflow stamps the response, resolution and closing with the real time; a
	 * complaint handled back then gets its times set here.
	 */
	void handledAt(long id, String time, String... columns) {
		for (String column : columns) {
			jdbc.sql("update complaint set " + column + " = :time where id = :id")
				.param("time", OffsetDateTime.parse(time))
				.param("id", id)
				.update();
		}
	}

	JsonNode section(long reportId, String language) {
		return ReportFixtures.section(ReportFixtures.read(manager, accountId, reportId, language), KEY);
	}

	@Test
	void comparesReceivedAndResolvedComplaintsAndShowsTheBacklogAtThePeriodsEnd() throws Exception {
		long batch = receive("2025-07-08T09:30:00+08:00", "HIGH", "PRODUCT_QUALITY", "RESOLVED", "Replaced the batch",
				true);
		handledAt(batch, "2025-07-09T10:00:00+08:00", "responded_at", "resolved_at", "confirmed_at");
		receive("2025-08-20T14:00:00+08:00", "CRITICAL", "DELIVERY", "IN_PROGRESS", null, false);
		// resolved only now: still open when the quarter ended, and late
		receive("2025-09-10T11:00:00+08:00", "MEDIUM", "BILLING", "RESOLVED", "Credit note issued", false);
		// its response is due on 2 October: within its targets when the quarter ended
		receive("2025-09-29T10:00:00+08:00", "LOW", "SERVICE", "OPEN", null, false);
		long parts = receive("2025-06-25T09:00:00+08:00", "MEDIUM", "DELIVERY", "RESOLVED", "Re-sent the parts", false);
		handledAt(parts, "2025-07-03T12:00:00+08:00", "responded_at", "resolved_at");
		receive("2025-06-18T16:00:00+08:00", "LOW", "OTHER", "OPEN", null, false);
		long apology = receive("2025-04-10T10:00:00+08:00", "HIGH", "SERVICE", "CLOSED", "Apologised", true);
		handledAt(apology, "2025-04-11T10:00:00+08:00", "responded_at", "resolved_at", "confirmed_at", "closed_at");
		receive("2025-10-05T10:00:00+08:00", "LOW", "SERVICE", "OPEN", null, false);
		long deleted = receive("2025-08-01T10:00:00+08:00", "CRITICAL", "DELIVERY", "OPEN", null, false);
		assertThat(manager.api().delete(complaints() + "/" + deleted).status()).isEqualTo(204);

		long reportId = ReportFixtures.generate(manager, accountId, "2025-Q3");

		JsonNode en = section(reportId, "en");
		assertThat(en.get("title").asString()).isEqualTo("Complaints");
		assertThat(figures(en)).containsExactly("Complaints received: 4 / 3", "Complaints resolved: 2 / 1");
		assertThat(rows(en)).containsExactly("Open at the end of the period: 4", "Of these, past their targets: 3");
		assertThat(columns(en)).containsExactly("Received", "Severity", "Category", "Description", "Status",
				"Resolution", "Confirmed by the customer");
		assertThat(tableRows(en)).containsExactly(
				List.of("Jul 8, 2025", "High", "Product quality", "PRODUCT_QUALITY complaint", "Resolved",
						"Replaced the batch", "Yes"),
				List.of("Aug 20, 2025", "Critical", "Delivery", "DELIVERY complaint", "In progress", "", "No"),
				List.of("Sep 10, 2025", "Medium", "Billing", "BILLING complaint", "Resolved", "Credit note issued",
						"No"),
				List.of("Sep 29, 2025", "Low", "Service", "SERVICE complaint", "Open", "", "No"));
		assertThat(note(en)).isNull();

		JsonNode zh = section(reportId, "zh-CN");
		assertThat(zh.get("title").asString()).isEqualTo("投诉");
		assertThat(figures(zh)).containsExactly("收到的投诉: 4 / 3", "解决的投诉: 2 / 1");
		assertThat(rows(zh)).containsExactly("期末未结投诉: 4", "其中超出处理时限: 3");
		assertThat(columns(zh)).containsExactly("接收时间", "严重程度", "类别", "投诉内容", "状态", "处理结果", "客户确认");
		assertThat(tableRows(zh)).first()
			.isEqualTo(
					List.of("2025年7月8日", "高", "产品质量", "PRODUCT_QUALITY complaint", "已解决", "Replaced the batch", "是"));
		assertThat(tableRows(zh).get(1))
			.isEqualTo(List.of("2025年8月20日", "紧急", "交付", "DELIVERY complaint", "处理中", "", "否"));

		String pdf = ReportFixtures.pdfText(port, manager, accountId, reportId, "zh-CN");
		assertThat(pdf).contains("投诉", "收到的投诉", "期末未结投诉", "产品质量");
	}

	@Test
	void saysSoWhenNoComplaintWasReceived() {
		receive("2025-10-05T10:00:00+08:00", "LOW", "SERVICE", "OPEN", null, false);

		long reportId = ReportFixtures.generate(manager, accountId, "2025-Q3");

		JsonNode en = section(reportId, "en");
		assertThat(en.get("title").asString()).isEqualTo("Complaints");
		assertThat(figures(en)).containsExactly("Complaints received: 0 / 0", "Complaints resolved: 0 / 0");
		assertThat(rows(en)).containsExactly("Open at the end of the period: 0", "Of these, past their targets: 0");
		assertThat(tableRows(en)).isEmpty();
		assertThat(note(en)).isEqualTo("No complaints were received in this period.");
		assertThat(note(section(reportId, "zh-CN"))).isEqualTo("本期未收到投诉。");
	}

	@Test
	void aDeletedComplaintIsLeftOut() {
		long id = receive("2025-08-01T10:00:00+08:00", "CRITICAL", "DELIVERY", "RESOLVED", "Fixed", true);
		handledAt(id, "2025-08-01T12:00:00+08:00", "responded_at", "resolved_at");
		receive("2025-05-01T10:00:00+08:00", "LOW", "OTHER", "OPEN", null, false);
		assertThat(manager.api().delete(complaints() + "/" + id).status()).isEqualTo(204);

		JsonNode en = section(ReportFixtures.generate(manager, accountId, "2025-Q3"), "en");

		assertThat(figures(en)).containsExactly("Complaints received: 0 / 1", "Complaints resolved: 0 / 0");
		assertThat(rows(en)).containsExactly("Open at the end of the period: 1", "Of these, past their targets: 1");
		assertThat(tableRows(en)).isEmpty();
		assertThat(note(en)).isEqualTo("No complaints were received in this period.");
	}

}
