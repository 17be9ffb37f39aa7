package org.kam.serviceplan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
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
 * The service plans section of a periodic report, generated through the API for 2025-Q3
 * (1 July – 30 September 2025) against 2025-Q2. Runs on H2 and on PostgreSQL.
 */
@BothDatabases
class ServicePlanReportApiTests {

	static final String KEY = "service-plans";

	@LocalServerPort
	int port;

	TestUsers users;

	TestUsers.User owner;

	String ownerName;

	long accountId;

	@BeforeEach
	void setUp() {
		users = new TestUsers(new Api(port));
		owner = users.create("ACCOUNT_MANAGER");
		ownerName = "Test " + owner.username();
		String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		accountId = ReportFixtures.account(owner, "Service report " + marker, null);
	}

	String plans() {
		return "/api/v1/accounts/" + accountId + "/service-plans";
	}

	static Map<String, Object> once(String service, String method, String dueOn, String status) {
		Map<String, Object> body = new HashMap<>();
		body.put("service", service);
		body.put("method", method);
		body.put("dueOn", dueOn);
		body.put("status", status);
		return body;
	}

	long create(Map<String, Object> body) {
		Api.Response created = owner.api().post(plans(), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	void done(long planId) {
		Api.Response done = owner.api().post(plans() + "/" + planId + "/done", null);
		assertThat(done.status()).as(done.toString()).isEqualTo(200);
	}

	JsonNode section(long reportId, String language) {
		return ReportFixtures.section(ReportFixtures.read(owner, accountId, reportId, language), KEY);
	}

	@Test
	void countsEveryDateDueInThePeriodAndListsThemWithWhoIsResponsible() throws Exception {
		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		Map<String, Object> review = once("Quarterly business review", "ON_SITE", "2025-08-12", "DONE");
		review.put("responsibleId", colleague.id());
		create(review);
		create(once("Training session", "EMAIL", "2025-09-03", "PLANNED"));
		Map<String, Object> calls = new HashMap<>(Map.of("service", "Monthly call", "method", "PHONE", "recurrence",
				"MONTHLY", "startsOn", "2025-06-15", "endsOn", "2025-12-31"));
		long monthly = create(calls);
		done(monthly);
		done(monthly);
		create(once("Cancelled visit", "ON_SITE", "2025-07-20", "CANCELLED"));
		create(once("Kick-off visit", "ON_SITE", "2025-05-06", "DONE"));
		create(once("Autumn visit", "ON_SITE", "2025-10-10", "PLANNED"));
		long deleted = create(once("Deleted service", "PHONE", "2025-08-01", "DONE"));
		assertThat(owner.api().delete(plans() + "/" + deleted).status()).isEqualTo(204);

		long reportId = ReportFixtures.generate(owner, accountId, "2025-Q3");

		JsonNode en = section(reportId, "en");
		assertThat(en.get("title").asString()).isEqualTo("Service plans");
		assertThat(figures(en)).containsExactly("Services due (not cancelled): 5 / 2", "Services done: 2 / 2");
		assertThat(rows(en)).containsExactly("Overdue at the end of the period: 3");
		assertThat(columns(en)).containsExactly("Service", "Due on", "Method", "Responsible", "Status");
		assertThat(tableRows(en)).containsExactly(List.of("Monthly call", "Jul 15, 2025", "Phone", ownerName, "Done"),
				List.of("Cancelled visit", "Jul 20, 2025", "On site", ownerName, "Cancelled"),
				List.of("Quarterly business review", "Aug 12, 2025", "On site", "Test " + colleague.username(), "Done"),
				List.of("Monthly call", "Aug 15, 2025", "Phone", ownerName, "Overdue"),
				List.of("Training session", "Sep 3, 2025", "E-mail", ownerName, "Overdue"),
				List.of("Monthly call", "Sep 15, 2025", "Phone", ownerName, "Overdue"));
		assertThat(note(en)).isNull();

		JsonNode zh = section(reportId, "zh-CN");
		assertThat(zh.get("title").asString()).isEqualTo("服务计划");
		assertThat(figures(zh)).containsExactly("应完成的服务（不含已取消）: 5 / 2", "已完成的服务: 2 / 2");
		assertThat(rows(zh)).containsExactly("期末逾期: 3");
		assertThat(columns(zh)).containsExactly("服务内容", "到期日", "方式", "负责人", "状态");
		assertThat(tableRows(zh)).first().isEqualTo(List.of("Monthly call", "2025年7月15日", "电话", ownerName, "已完成"));
		assertThat(tableRows(zh).get(4)).isEqualTo(List.of("Training session", "2025年9月3日", "电子邮件", ownerName, "已逾期"));

		assertThat(ReportFixtures.pdfText(port, owner, accountId, reportId, "en")).contains("Serviceplans",
				"Trainingsession", "Monthlycall");
	}

	@Test
	void whileThePeriodRunsADateStillAheadIsNotOverdue() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		YearMonth month = YearMonth.from(today);
		create(once("Month-end check", "PHONE", month.atEndOfMonth().toString(), "IN_PROGRESS"));

		JsonNode en = section(ReportFixtures.generate(owner, accountId, month.toString()), "en");

		assertThat(figures(en)).containsExactly("Services due (not cancelled): 1 / 0", "Services done: 0 / 0");
		assertThat(rows(en)).containsExactly("Overdue at the end of the period: 0");
		assertThat(tableRows(en)).extracting(row -> row.get(4)).containsExactly("In progress");
	}

	@Test
	void saysSoWhenNothingWasDue() {
		create(once("Autumn visit", "ON_SITE", "2025-10-10", "PLANNED"));

		long reportId = ReportFixtures.generate(owner, accountId, "2025-Q3");

		JsonNode en = section(reportId, "en");
		assertThat(en.get("title").asString()).isEqualTo("Service plans");
		assertThat(figures(en)).containsExactly("Services due (not cancelled): 0 / 0", "Services done: 0 / 0");
		assertThat(rows(en)).containsExactly("Overdue at the end of the period: 0");
		assertThat(tableRows(en)).isEmpty();
		assertThat(note(en)).isEqualTo("No service was due in this period.");
		assertThat(note(section(reportId, "zh-CN"))).isEqualTo("本期没有到期的服务。");
	}

	@Test
	void aDeletedPlanIsLeftOut() {
		long id = create(once("Deleted review", "ON_SITE", "2025-08-12", "PLANNED"));
		assertThat(owner.api().delete(plans() + "/" + id).status()).isEqualTo(204);

		JsonNode en = section(ReportFixtures.generate(owner, accountId, "2025-Q3"), "en");

		assertThat(figures(en)).containsExactly("Services due (not cancelled): 0 / 0", "Services done: 0 / 0");
		assertThat(rows(en)).containsExactly("Overdue at the end of the period: 0");
		assertThat(tableRows(en)).isEmpty();
	}

}
