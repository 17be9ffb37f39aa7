package org.kam.communication;

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
 * The communication section of a periodic report, generated through the API from
 * communications recorded through the API. Runs on H2 and on PostgreSQL.
 */
@BothDatabases
class CommunicationReportApiTests {

	@LocalServerPort
	int port;

	TestUsers.User manager;

	String marker;

	long accountId;

	@BeforeEach
	void setUp() {
		manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		marker = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = CommunicationApiTests.createAccount(manager, "Reported Talks " + marker);
	}

	long record(String channel, String occurredAt, String subject, String outcome) {
		return record(communication(channel, occurredAt, subject, outcome));
	}

	long record(Map<String, Object> body) {
		Api.Response created = manager.api().post(CommunicationApiTests.communications(accountId), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	static Map<String, Object> communication(String channel, String occurredAt, String subject, String outcome) {
		Map<String, Object> body = new HashMap<>();
		body.put("channel", channel);
		body.put("occurredAt", occurredAt);
		body.put("subject", subject);
		body.put("outcome", outcome);
		return body;
	}

	static Map<String, Object> withNextStep(Map<String, Object> body, String nextStep, String due, boolean done) {
		body.put("nextStep", nextStep);
		body.put("nextStepDue", due);
		body.put("nextStepDone", done);
		return body;
	}

	String reports() {
		return "/api/v1/accounts/" + accountId + "/reports";
	}

	long report(String period) {
		Api.Response created = manager.api().post(reports() + "?lang=en", Map.of("period", period));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	JsonNode section(long reportId, String lang) {
		JsonNode report = manager.api().get(reports() + "/" + reportId + "?lang=" + lang).json();
		return report.get("sections")
			.valueStream()
			.filter(s -> "communications".equals(s.get("key").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no communications section in " + report));
	}

	@Test
	void aQuarterCountsItsCommunicationsByChannelAndListsThemNewestFirst() throws Exception {
		// the quarter's first moment in the company's zone is still June in UTC
		record("PHONE", "2025-07-01T00:00:00+08:00", "Call A", "Agreed on the price");
		record(withNextStep(communication("MEETING", "2025-08-15T14:30:00+08:00", "Meeting B", "交付".repeat(65)),
				"Send the proposal", "2025-08-22", false));
		record(withNextStep(communication("WECHAT", "2025-09-30T23:59:00+08:00", "Chat C", null), "Book a visit",
				"2025-10-10", true));
		record(withNextStep(communication("PHONE", "2025-09-10T09:00:00+08:00", "Call D", "Needs a quote"), "Quote",
				"2025-09-20", false));
		record(withNextStep(communication("EMAIL", "2025-10-01T00:00:00+08:00", "Next quarter", null), "Later",
				"2025-10-05", false));
		// the quarter before, with a next step still open at the end of this one
		record(withNextStep(communication("EMAIL", "2025-06-30T23:59:00+08:00", "Before", null), "Follow up",
				"2025-07-05", false));
		record("VISIT", "2025-04-01T00:00:00+08:00", "Visit", null);
		record("OTHER", "2025-03-31T23:59:00+08:00", "Too early", null);

		long id = report("2025-Q3");

		JsonNode en = section(id, "en");
		assertThat(en.get("title").asString()).isEqualTo("Communications");
		assertThat(figures(en)).containsExactly("Number of communications: 4 / 2");
		assertThat(rows(en)).containsExactly("Phone: 2", "Meeting: 1", "WeChat: 1",
				"Next steps open at the end of the period: 3");
		assertThat(columns(en)).containsExactly("When", "Channel", "Subject", "Outcome", "Next step");
		assertThat(tableRows(en)).containsExactly(
				List.of("Sep 30, 2025, 11:59 PM", "WeChat", "Chat C", "", "Book a visit (due Oct 10, 2025, done)"),
				List.of("Sep 10, 2025, 9:00 AM", "Phone", "Call D", "Needs a quote", "Quote (due Sep 20, 2025)"),
				List.of("Aug 15, 2025, 2:30 PM", "Meeting", "Meeting B", "交付".repeat(59) + "交…",
						"Send the proposal (due Aug 22, 2025)"),
				List.of("Jul 1, 2025, 12:00 AM", "Phone", "Call A", "Agreed on the price", ""));
		assertThat(en.get("note").isNull()).isTrue();

		JsonNode zh = section(id, "zh-CN");
		assertThat(zh.get("title").asString()).isEqualTo("沟通记录");
		assertThat(figures(zh)).containsExactly("沟通次数: 4 / 2");
		assertThat(rows(zh)).containsExactly("电话: 2", "会议: 1", "微信: 1", "期末未完成的下一步: 3");
		assertThat(columns(zh)).containsExactly("时间", "沟通方式", "主题", "沟通结果", "下一步");
		assertThat(tableRows(zh).get(0)).containsExactly("2025年9月30日 下午11:59", "微信", "Chat C", "",
				"Book a visit（2025年10月10日 截止，已完成）");
		assertThat(tableRows(zh).get(1).get(4)).isEqualTo("Quote（2025年9月20日 截止）");

		HttpResponse<byte[]> pdf = ReportFixtures.download(port, manager.username(), TestUsers.PASSWORD,
				reports() + "/" + id + ".pdf?lang=en");
		assertThat(pdf.statusCode()).isEqualTo(200);
		// short values: the PDF's narrow cells wrap longer ones
		assertThat(ReportFixtures.pdfText(pdf.body())).contains("Communications", "Meeting B", "Needs a quote");
	}

	@Test
	void aPeriodWithoutCommunicationsSaysSoAndStillCountsTheOpenNextSteps() {
		record(withNextStep(communication("PHONE", "2025-05-20T10:00:00+08:00", "Earlier", null), "Call back",
				"2025-06-01", false));

		JsonNode en = section(report("2025-Q3"), "en");

		assertThat(en.get("title").asString()).isEqualTo("Communications");
		assertThat(figures(en)).containsExactly("Number of communications: 0 / 1");
		assertThat(rows(en)).containsExactly("Next steps open at the end of the period: 1");
		assertThat(en.get("table").isNull()).isTrue();
		assertThat(en.get("note").asString()).isEqualTo("No communication was recorded in this period.");
		assertThat(section(report("2025-Q2"), "zh-CN").get("note").isNull()).as("the quarter that has one").isTrue();
	}

	@Test
	void deletedCommunicationsAndTheirNextStepsAreNotCounted() {
		record("PHONE", "2025-08-01T10:00:00+08:00", "Kept", null);
		long deleted = record(withNextStep(communication("MEETING", "2025-08-02T10:00:00+08:00", "Deleted", null),
				"Never", "2025-08-10", false));
		long deletedBefore = record("EMAIL", "2025-05-02T10:00:00+08:00", "Deleted before", null);
		for (long id : List.of(deleted, deletedBefore)) {
			assertThat(manager.api().delete(CommunicationApiTests.communications(accountId) + "/" + id).status())
				.isEqualTo(204);
		}

		JsonNode en = section(report("2025-Q3"), "en");

		assertThat(figures(en)).containsExactly("Number of communications: 1 / 0");
		assertThat(rows(en)).containsExactly("Phone: 1", "Next steps open at the end of the period: 0");
		assertThat(tableRows(en)).extracting(row -> row.get(2)).containsExactly("Kept");
	}

	@Test
	void aBusyMonthListsFiftyCommunicationsAndSaysHowManyMore() {
		for (int i = 0; i < 52; i++) {
			String at = "2025-01-%02dT%02d:00:00+08:00".formatted(1 + i / 2, i % 2 == 0 ? 9 : 15);
			record("PHONE", at, "Call " + i, null);
		}

		JsonNode en = section(report("2025-01"), "en");

		assertThat(figures(en)).containsExactly("Number of communications: 52 / 0");
		assertThat(rows(en)).containsExactly("Phone: 52", "Next steps open at the end of the period: 0");
		assertThat(tableRows(en)).hasSize(50);
		assertThat(tableRows(en).get(0)).startsWith("Jan 26, 2025, 3:00 PM", "Phone", "Call 51");
		assertThat(tableRows(en).get(49).get(2)).isEqualTo("Call 2");
		assertThat(en.get("note").asString()).isEqualTo("2 more communications of this period are not listed.");
	}

	static List<String> figures(JsonNode section) {
		return section.get("figures")
			.valueStream()
			.map(f -> f.get("label").asString() + ": " + number(f.get("current")) + " / " + number(f.get("previous")))
			.toList();
	}

	static String number(JsonNode value) {
		return value == null || value.isNull() ? "—" : value.toString();
	}

	static List<String> rows(JsonNode section) {
		return section.get("rows")
			.valueStream()
			.map(r -> r.get("label").asString() + ": " + r.get("value").asString())
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
