package org.kam.devplan;

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
import static org.kam.report.ReportFixtures.columns;
import static org.kam.report.ReportFixtures.figures;
import static org.kam.report.ReportFixtures.note;
import static org.kam.report.ReportFixtures.rows;
import static org.kam.report.ReportFixtures.tableRows;

/**
 * The development plans section of a periodic report, generated through the API for
 * 2025-Q3 (1 July – 30 September 2025) against 2025-Q2. Runs on H2 and on PostgreSQL.
 */
@BothDatabases
class DevelopmentPlanReportApiTests {

	static final String KEY = "development-plans";

	@LocalServerPort
	int port;

	TestUsers.User owner;

	long accountId;

	@BeforeEach
	void setUp() {
		owner = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		accountId = ReportFixtures.account(owner, "Plan report " + marker, null);
	}

	static Map<String, Object> plan(String title, String start, String end) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("periodStart", start);
		body.put("periodEnd", end);
		body.put("milestones", new ArrayList<>());
		return body;
	}

	@SuppressWarnings("unchecked")
	static void milestone(Map<String, Object> body, String title, String dueOn, String status) {
		Map<String, Object> m = new HashMap<>();
		m.put("title", title);
		m.put("dueOn", dueOn);
		m.put("status", status);
		((List<Object>) body.get("milestones")).add(m);
	}

	long create(Map<String, Object> body) {
		Api.Response created = owner.api().post("/api/v1/accounts/" + accountId + "/development-plans", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	void delete(long planId) {
		assertThat(owner.api().delete("/api/v1/accounts/" + accountId + "/development-plans/" + planId).status())
			.isEqualTo(204);
	}

	JsonNode section(long reportId, String language) {
		return ReportFixtures.section(ReportFixtures.read(owner, accountId, reportId, language), KEY);
	}

	@Test
	void listsThePlansInForceWithTheirProgressAndTheMilestonesDueOrStillOpen() throws Exception {
		Map<String, Object> year = plan("Grow 2025", "2025-01-01", "2025-12-31");
		milestone(year, "Kick-off", "2025-05-10", "DONE");
		milestone(year, "Pilot line", "2025-06-20", "IN_PROGRESS");
		milestone(year, "Site audit", "2025-07-15", "DONE");
		milestone(year, "Price review", "2025-08-31", "MISSED");
		milestone(year, "Framework contract", "2025-09-30", "PLANNED");
		milestone(year, "Year-end review", "2025-12-15", "PLANNED");
		milestone(year, "Trade fair", "2025-04-01", "MISSED");
		create(year);
		Map<String, Object> half = plan("Service quality H2", "2025-07-01", "2025-12-31");
		milestone(half, "Survey", "2025-09-05", "DONE");
		milestone(half, "Workshop", null, "PLANNED");
		create(half);
		Map<String, Object> ended = plan("Entry 2024", "2024-01-01", "2024-12-31");
		milestone(ended, "First order", "2024-03-01", "PLANNED");
		create(ended);
		create(plan("FY2026", "2026-01-01", "2026-12-31"));
		Map<String, Object> dropped = plan("Dropped plan", "2025-07-01", "2025-09-30");
		milestone(dropped, "Dropped milestone", "2025-08-01", "DONE");
		milestone(dropped, "Dropped earlier milestone", "2025-05-05", "DONE");
		delete(create(dropped));

		long reportId = ReportFixtures.generate(owner, accountId, "2025-Q3");

		JsonNode en = section(reportId, "en");
		assertThat(en.get("title").asString()).isEqualTo("Development plans");
		assertThat(figures(en)).containsExactly("Milestones due in the period: 4 / 3",
				"Milestones due in the period and done: 2 / 1");
		assertThat(rows(en)).containsExactly("Grow 2025: Jan 1, 2025 – Dec 31, 2025, progress 28%",
				"Service quality H2: Jul 1, 2025 – Dec 31, 2025, progress 50%");
		assertThat(columns(en)).containsExactly("Plan", "Milestone", "Due on", "Status");
		assertThat(tableRows(en)).containsExactly(
				List.of("Grow 2025", "Pilot line", "Jun 20, 2025", "In progress, overdue"),
				List.of("Grow 2025", "Site audit", "Jul 15, 2025", "Done"),
				List.of("Grow 2025", "Price review", "Aug 31, 2025", "Missed"),
				List.of("Service quality H2", "Survey", "Sep 5, 2025", "Done"),
				List.of("Grow 2025", "Framework contract", "Sep 30, 2025", "Planned, overdue"));
		assertThat(note(en)).isNull();

		JsonNode zh = section(reportId, "zh-CN");
		assertThat(zh.get("title").asString()).isEqualTo("客户发展计划");
		assertThat(figures(zh)).containsExactly("本期到期的里程碑: 4 / 3", "本期到期并已完成的里程碑: 2 / 1");
		assertThat(rows(zh)).containsExactly("Grow 2025: 2025年1月1日 至 2025年12月31日，进度 28%",
				"Service quality H2: 2025年7月1日 至 2025年12月31日，进度 50%");
		assertThat(columns(zh)).containsExactly("计划", "里程碑", "截止日期", "状态");
		assertThat(tableRows(zh)).first().isEqualTo(List.of("Grow 2025", "Pilot line", "2025年6月20日", "进行中（已逾期）"));
		assertThat(tableRows(zh)).last()
			.isEqualTo(List.of("Grow 2025", "Framework contract", "2025年9月30日", "计划中（已逾期）"));

		assertThat(ReportFixtures.pdfText(port, owner, accountId, reportId, "en")).contains("Developmentplans",
				"Grow2025", "Pilotline");
	}

	@Test
	void saysSoWhenNoPlanCoversThePeriod() {
		create(plan("FY2024", "2024-01-01", "2024-12-31"));

		long reportId = ReportFixtures.generate(owner, accountId, "2025-Q3");

		JsonNode en = section(reportId, "en");
		assertThat(en.get("title").asString()).isEqualTo("Development plans");
		assertThat(figures(en)).containsExactly("Milestones due in the period: 0 / 0",
				"Milestones due in the period and done: 0 / 0");
		assertThat(rows(en)).isEmpty();
		assertThat(tableRows(en)).isEmpty();
		assertThat(note(en)).isEqualTo("No development plan covers this period.");
		assertThat(note(section(reportId, "zh-CN"))).isEqualTo("本期没有生效的客户发展计划。");
	}

	@Test
	void aPlanWithoutMilestonesInThePeriodIsListedAndTheNoteSaysSo() {
		Map<String, Object> body = plan("Quiet plan", "2025-06-01", "2025-11-30");
		milestone(body, "Later", "2025-11-01", "PLANNED");
		create(body);

		JsonNode en = section(ReportFixtures.generate(owner, accountId, "2025-Q3"), "en");

		assertThat(rows(en)).containsExactly("Quiet plan: Jun 1, 2025 – Nov 30, 2025, progress 0%");
		assertThat(tableRows(en)).isEmpty();
		assertThat(note(en)).isEqualTo("No milestone was due in this period.");
	}

	@Test
	void aDeletedPlanAndItsMilestonesAreLeftOut() {
		Map<String, Object> body = plan("Deleted plan", "2025-07-01", "2025-09-30");
		milestone(body, "Deleted milestone", "2025-08-15", "DONE");
		delete(create(body));

		JsonNode en = section(ReportFixtures.generate(owner, accountId, "2025-Q3"), "en");

		assertThat(figures(en)).containsExactly("Milestones due in the period: 0 / 0",
				"Milestones due in the period and done: 0 / 0");
		assertThat(rows(en)).isEmpty();
		assertThat(note(en)).isEqualTo("No development plan covers this period.");
	}

}
