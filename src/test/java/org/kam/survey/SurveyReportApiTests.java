package org.kam.survey;

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
 * The satisfaction section of a periodic report, generated through the API from surveys
 * recorded through the API. Runs on H2 and on PostgreSQL.
 */
@BothDatabases
class SurveyReportApiTests {

	@LocalServerPort
	int port;

	TestUsers.User manager;

	String marker;

	long accountId;

	long contactId;

	@BeforeEach
	void setUp() {
		Api api = new Api(port);
		manager = new TestUsers(api).create("ACCOUNT_MANAGER");
		marker = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = SurveyApiTests.createAccount(manager, "Reported Ltd " + marker);
		contactId = SurveyApiTests.addContact(manager, accountId, "Zhang San " + marker);
	}

	Map<String, Object> survey(String date, int quality, int attitude, int speed, int overall, Integer nps) {
		Map<String, Object> body = new HashMap<>();
		body.put("surveyedOn", date);
		body.put("productQuality", quality);
		body.put("serviceAttitude", attitude);
		body.put("responseSpeed", speed);
		body.put("overall", overall);
		body.put("nps", nps);
		body.put("respondentContactId", contactId);
		return body;
	}

	Map<String, Object> byName(Map<String, Object> survey, String name) {
		survey.remove("respondentContactId");
		survey.put("respondentName", name);
		return survey;
	}

	long add(Map<String, Object> body) {
		Api.Response created = manager.api().post(SurveyApiTests.surveys(accountId), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
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
			.filter(s -> "surveys".equals(s.get("key").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no surveys section in " + report));
	}

	@Test
	void aQuarterShowsItsAnsweredSurveysAgainstThePreviousQuarter() throws Exception {
		Map<String, Object> first = survey("2025-07-01", 4, 5, 3, 4, 10);
		first.put("needs", "更多培训");
		first.put("suggestions", "faster invoices");
		add(first);
		Map<String, Object> second = byName(survey("2025-08-20", 5, 4, 4, 5, 9), "王经理");
		second.put("needs", "培训".repeat(70));
		add(second);
		Map<String, Object> lastDay = byName(survey("2025-09-30", 3, 3, 2, 3, 6), "Li Si");
		lastDay.put("suggestions", "Call before visiting");
		add(lastDay);
		add(survey("2025-09-05", 4, 5, 4, 4, null));
		// the quarter before: its first and last day count, the day before it does not
		add(survey("2025-04-01", 3, 3, 3, 3, 7));
		add(survey("2025-06-30", 2, 4, 3, 2, 3));
		add(survey("2025-03-31", 1, 1, 1, 1, 0));
		add(survey("2025-10-01", 1, 1, 1, 1, 0));

		long id = report("2025-Q3");

		JsonNode en = section(id, "en");
		assertThat(en.get("title").asString()).isEqualTo("Satisfaction surveys");
		assertThat(figures(en)).containsExactly("Answered surveys: 4 / 2", "Average product quality (1–5): 4.0 / 2.5",
				"Average service attitude (1–5): 4.3 / 3.5", "Average response speed (1–5): 3.3 / 3.0",
				"Average overall satisfaction (1–5): 4.0 / 2.5", "Net promoter score (−100 to 100): 33 / -50");
		assertThat(rows(en)).containsExactly("NPS answers: 3", "Promoters (NPS 9–10): 2", "Passives (NPS 7–8): 0",
				"Detractors (NPS 0–6): 1");
		assertThat(columns(en)).containsExactly("Date", "Respondent", "Product quality", "Service attitude",
				"Response speed", "Overall", "NPS (0–10)", "Needs and suggestions");
		assertThat(tableRows(en)).containsExactly(
				List.of("Sep 30, 2025", "Li Si", "3", "3", "2", "3", "6", "Suggestions: Call before visiting"),
				List.of("Sep 5, 2025", "Zhang San " + marker, "4", "5", "4", "4", "—", ""),
				List.of("Aug 20, 2025", "王经理", "5", "4", "4", "5", "9", "Needs: " + "培训".repeat(56) + "…"),
				List.of("Jul 1, 2025", "Zhang San " + marker, "4", "5", "3", "4", "10",
						"Needs: 更多培训 · Suggestions: faster invoices"));
		assertThat(en.get("note").isNull()).isTrue();

		JsonNode zh = section(id, "zh-CN");
		assertThat(zh.get("title").asString()).isEqualTo("满意度调查");
		assertThat(figures(zh)).startsWith("已答调查: 4 / 2", "产品质量平均分（1–5）: 4.0 / 2.5");
		assertThat(rows(zh)).containsExactly("NPS 答卷: 3", "推荐者（NPS 9–10 分）: 2", "中立者（NPS 7–8 分）: 0",
				"贬损者（NPS 0–6 分）: 1");
		assertThat(columns(zh)).containsExactly("调查日期", "答卷人", "产品质量", "服务态度", "响应速度", "总体满意度", "NPS（0–10）", "需求与建议");
		assertThat(tableRows(zh).get(2)).containsExactly("2025年8月20日", "王经理", "5", "4", "4", "5", "9",
				"需求：" + "培训".repeat(58) + "…");
		assertThat(tableRows(zh).get(3).get(7)).isEqualTo("需求：更多培训；建议：faster invoices");

		HttpResponse<byte[]> pdf = ReportFixtures.download(port, manager.username(), TestUsers.PASSWORD,
				reports() + "/" + id + ".pdf?lang=en");
		assertThat(pdf.statusCode()).isEqualTo(200);
		// short values: the PDF's narrow cells wrap longer ones
		assertThat(ReportFixtures.pdfText(pdf.body())).contains("Satisfaction surveys", "Answered surveys", "王经理",
				"Li Si");
	}

	@Test
	void aPeriodWithoutSurveysSaysSo() {
		add(survey("2025-06-15", 4, 4, 4, 4, 8));

		JsonNode en = section(report("2025-Q3"), "en");

		assertThat(en.get("title").asString()).isEqualTo("Satisfaction surveys");
		assertThat(figures(en)).containsExactly("Answered surveys: 0 / 1");
		assertThat(en.get("rows").isEmpty()).isTrue();
		assertThat(en.get("table").isNull()).isTrue();
		assertThat(en.get("note").asString()).isEqualTo("No satisfaction survey was answered in this period.");
		assertThat(section(report("2025-Q2"), "zh-CN").get("note").isNull()).as("the quarter that has one").isTrue();
	}

	@Test
	void deletedSurveysAndAnswersWithoutAnNpsAreNotCountedAsSuch() {
		add(survey("2025-08-01", 5, 5, 5, 5, null));
		long deleted = add(survey("2025-08-02", 1, 1, 1, 1, 0));
		long deletedBefore = add(survey("2025-05-02", 1, 1, 1, 1, 0));
		assertThat(manager.api().delete(SurveyApiTests.surveys(accountId) + "/" + deleted).status()).isEqualTo(204);
		assertThat(manager.api().delete(SurveyApiTests.surveys(accountId) + "/" + deletedBefore).status())
			.isEqualTo(204);

		JsonNode en = section(report("2025-Q3"), "en");

		assertThat(figures(en)).as("no NPS figure: nobody gave one")
			.containsExactly("Answered surveys: 1 / 0", "Average product quality (1–5): 5.0 / —",
					"Average service attitude (1–5): 5.0 / —", "Average response speed (1–5): 5.0 / —",
					"Average overall satisfaction (1–5): 5.0 / —");
		assertThat(rows(en)).isEmpty();
		assertThat(tableRows(en)).extracting(row -> row.get(0)).containsExactly("Aug 1, 2025");
	}

	@Test
	void aLongPeriodListsFiftySurveysAndSaysHowManyMore() {
		for (int day = 1; day <= 26; day++) {
			add(survey("2025-01-%02d".formatted(day), 4, 4, 4, 4, 9));
			add(survey("2025-01-%02d".formatted(day), 3, 3, 3, 3, 5));
		}

		JsonNode en = section(report("2025-01"), "en");

		assertThat(figures(en)).startsWith("Answered surveys: 52 / 0")
			.contains("Net promoter score (−100 to 100): 0 / —");
		assertThat(tableRows(en)).hasSize(50);
		assertThat(tableRows(en).get(0).get(0)).isEqualTo("Jan 26, 2025");
		assertThat(en.get("note").asString()).isEqualTo("2 more surveys of this period are not listed.");
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
