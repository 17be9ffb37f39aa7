package org.kam.report;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

/** Periodic reports as a client sees them. Runs on H2 and on PostgreSQL. */
@BothDatabases
class ReportApiTests {

	static final ZoneId COMPANY_ZONE = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	Api api;

	TestUsers users;

	TestUsers.User manager;

	String marker;

	String uscc;

	String accountName;

	long accountId;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		users = new TestUsers(api);
		manager = users.create("ACCOUNT_MANAGER");
		marker = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		uscc = ReportFixtures.validUscc();
		accountName = "华信科技 " + marker;
		accountId = ReportFixtures.account(manager, accountName, uscc);
		ReportFixtures.contact(manager, accountId, "王建国", "总经理", "DECISION_MAKER");
	}

	String reports() {
		return reports(accountId);
	}

	static String reports(long accountId) {
		return "/api/v1/accounts/" + accountId + "/reports";
	}

	Api.Response generate(String period) {
		return manager.api().post(reports(), Map.of("period", period));
	}

	long generated(String period) {
		Api.Response created = generate(period);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	Map<String, Object> texts(long version, String summary, String problems) {
		Map<String, Object> body = new HashMap<>();
		body.put("version", version);
		body.put("summary", summary);
		body.put("problemsAndSolutions", problems);
		return body;
	}

	// --- generating ---

	@Test
	void generatingAQuarterMakesVersionOneWithTheArchiveCard() {
		Api.Response created = manager.api().send("POST", reports() + "?lang=en", "{\"period\":\"2026-Q3\"}");

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo(reports() + "/" + created.id());
		JsonNode json = created.json();
		assertThat(json.get("accountId").asLong()).isEqualTo(accountId);
		assertThat(json.get("period").asString()).isEqualTo("2026-Q3");
		assertThat(json.get("periodKind").asString()).isEqualTo("QUARTER");
		assertThat(json.get("periodStart").asString()).isEqualTo("2026-07-01");
		assertThat(json.get("periodEnd").asString()).isEqualTo("2026-09-30");
		assertThat(json.get("version").asLong()).isEqualTo(1);
		assertThat(json.get("latestVersion").asLong()).isEqualTo(1);
		assertThat(json.get("change").asString()).isEqualTo("GENERATED");
		assertThat(json.get("summary").isNull()).isTrue();
		assertThat(json.get("language").asString()).isEqualTo("en");
		JsonNode archive = json.get("sections").get(0);
		assertThat(archive.get("key").asString()).isEqualTo("account");
		assertThat(archive.get("title").asString()).isEqualTo("Account archive");
		assertThat(rows(archive)).containsEntry("Name", accountName)
			.containsEntry("Unified social credit code", uscc)
			.containsEntry("Status", "Cooperating")
			.containsEntry("Tier", "A (high value)")
			.containsEntry("Owner", "Test " + manager.username());
		assertThat(archive.get("table").get("columns").get(0).asString()).isEqualTo("Contact");
		assertThat(archive.get("table").get("rows").get(0).get(0).asString()).isEqualTo("王建国");
		assertThat(archive.get("table").get("rows").get(0).get(2).asString()).isEqualTo("Decision maker");
		assertThat(json.get("pdf").asString()).isEqualTo(reports() + "/" + created.id() + ".pdf");
	}

	@Test
	void aMonthCoversItsDaysAndTheSectionsComeInTheReadersLanguage() {
		long id = generated("2026-02");

		JsonNode zh = manager.api().get(reports() + "/" + id + "?lang=zh-CN").json();
		assertThat(zh.get("periodStart").asString()).isEqualTo("2026-02-01");
		assertThat(zh.get("periodEnd").asString()).isEqualTo("2026-02-28");
		assertThat(zh.get("language").asString()).isEqualTo("zh-CN");
		assertThat(zh.get("sections").get(0).get("title").asString()).isEqualTo("客户档案");
		assertThat(rows(zh.get("sections").get(0))).containsEntry("客户名称", accountName).containsEntry("统一社会信用代码", uscc);

		JsonNode en = manager.api().get(reports() + "/" + id + "?lang=en").json();
		assertThat(en.get("sections").get(0).get("title").asString()).isEqualTo("Account archive");
		assertThat(manager.api().get(reports() + "/" + id + "?lang=fr").status()).isEqualTo(400);
	}

	@Test
	void malformedPeriodsAreRefusedOnTheirField() {
		for (String bad : List.of("2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-q", "26-10", "2026/10", "2026-1",
				"1999-12", "October", "", " ")) {
			Api.Response response = generate(bad);
			assertThat(response.status()).as(bad + ": " + response).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(fields(response)).as(bad).containsExactly("period");
		}
		Api.Response missing = manager.api().send("POST", reports(), "{}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing)).containsExactly("period");
		Api.Response notJson = manager.api().send("POST", reports(), "{\"period\": ");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.contentType()).startsWith("application/problem+json");
		assertThat(manager.api().get(reports()).json().get("total").asLong()).isZero();
	}

	@Test
	void aPeriodThatHasNotBegunIsRefused() {
		LocalDate today = LocalDate.now(COMPANY_ZONE);
		LocalDate nextMonth = today.plusMonths(1);
		LocalDate nextQuarter = today.plusMonths(3);
		String month = String.format("%04d-%02d", nextMonth.getYear(), nextMonth.getMonthValue());
		String quarter = nextQuarter.getYear() + "-Q" + ((nextQuarter.getMonthValue() - 1) / 3 + 1);

		for (String future : List.of(month, quarter, "2999-01")) {
			Api.Response response = generate(future);
			assertThat(response.status()).as(future + ": " + response).isEqualTo(400);
			assertThat(fields(response)).containsExactly("period");
			assertThat(response.json().toString()).contains("has not begun");
		}
		String current = String.format("%04d-%02d", today.getYear(), today.getMonthValue());
		assertThat(generate(current).status()).as("the current month").isEqualTo(201);
	}

	@Test
	void aPeriodHasOneLiveReport() {
		generated("2026-Q2");

		Api.Response again = generate("2026-Q2");

		assertThat(again.status()).isEqualTo(400);
		assertThat(fields(again)).containsExactly("period");
		assertThat(again.json().toString()).contains("already has a report");
		assertThat(manager.api().get(reports()).json().get("total").asLong()).isEqualTo(1);
	}

	// --- texts, versions, snapshot ---

	@Test
	void editingTheTextsMakesANewVersionAndAStaleVersionIsRefused() {
		long id = generated("2026-Q3");
		String report = reports() + "/" + id;

		Api.Response edited = manager.api().put(report, texts(1, "季度销售稳定增长。", "交付延迟：已增加人手。"));

		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
		assertThat(edited.json().get("version").asLong()).isEqualTo(2);
		assertThat(edited.json().get("change").asString()).isEqualTo("EDITED");
		assertThat(edited.json().get("summary").asString()).isEqualTo("季度销售稳定增长。");
		assertThat(edited.json().get("problemsAndSolutions").asString()).isEqualTo("交付延迟：已增加人手。");
		JsonNode latest = manager.api().get(report).json();
		assertThat(latest.get("version").asLong()).isEqualTo(2);
		assertThat(latest.get("summary").asString()).isEqualTo("季度销售稳定增长。");

		Api.Response stale = manager.api().put(report, texts(1, "Lost update", null));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
		assertThat(manager.api().get(report).json().get("summary").asString()).isEqualTo("季度销售稳定增长。");

		Api.Response noVersion = manager.api().put(report, Map.of("summary", "x"));
		assertThat(noVersion.status()).isEqualTo(400);
		assertThat(fields(noVersion)).containsExactly("version");
		Api.Response tooLong = manager.api().put(report, texts(2, "长".repeat(8001), null));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(fields(tooLong)).containsExactly("summary");

		Api.Response unchanged = manager.api().put(report, texts(2, "季度销售稳定增长。", "交付延迟：已增加人手。"));
		assertThat(unchanged.status()).isEqualTo(200);
		assertThat(unchanged.json().get("version").asLong()).as("the same texts make no version").isEqualTo(2);
	}

	@Test
	void everyVersionStaysReadable() {
		long id = generated("2026-Q3");
		String report = reports() + "/" + id;
		manager.api().put(report, texts(1, "first", null));
		manager.api().put(report, texts(2, "second", "a problem"));

		Api.Response versions = manager.api().get(report + "/versions");

		assertThat(versions.status()).isEqualTo(200);
		assertThat(versions.json().get("total").asLong()).isEqualTo(3);
		assertThat(versions.json().get("items").valueStream().map(v -> v.get("version").asLong()).toList())
			.containsExactly(3L, 2L, 1L);
		assertThat(versions.json().get("items").valueStream().map(v -> v.get("change").asString()).toList())
			.containsExactly("EDITED", "EDITED", "GENERATED");
		assertThat(versions.json().get("items").get(0).get("createdBy").asLong()).isEqualTo(manager.id());
		JsonNode paged = manager.api().get(report + "/versions?size=1&page=1").json();
		assertThat(paged.get("items").get(0).get("version").asLong()).isEqualTo(2);

		JsonNode first = manager.api().get(report + "/versions/1").json();
		assertThat(first.get("version").asLong()).isEqualTo(1);
		assertThat(first.get("latestVersion").asLong()).isEqualTo(3);
		assertThat(first.get("summary").isNull()).isTrue();
		assertThat(first.get("pdf").asString()).endsWith(".pdf?version=1");
		assertThat(manager.api().get(report + "/versions/2").json().get("summary").asString()).isEqualTo("first");
		assertThat(manager.api().get(report + "/versions/9").status()).isEqualTo(404);
	}

	@Test
	void aSavedReportDoesNotChangeWithTheRecordsUntilItIsRegenerated() {
		long id = generated("2026-Q3");
		String report = reports() + "/" + id;
		manager.api().put(report, texts(1, "kept summary", null));
		ReportFixtures.contact(manager, accountId, "李新人", "采购经理", "INFLUENCER");

		assertThat(contactNames(manager.api().get(report + "?lang=en").json())).containsExactly("王建国");

		Api.Response stale = manager.api().post(report + "/regenerate", Map.of("version", 1));
		assertThat(stale.status()).isEqualTo(409);
		Api.Response regenerated = manager.api().post(report + "/regenerate?lang=en", Map.of("version", 2));

		assertThat(regenerated.status()).as(regenerated.toString()).isEqualTo(200);
		assertThat(regenerated.json().get("version").asLong()).isEqualTo(3);
		assertThat(regenerated.json().get("change").asString()).isEqualTo("REGENERATED");
		assertThat(regenerated.json().get("summary").asString()).isEqualTo("kept summary");
		assertThat(contactNames(regenerated.json())).containsExactly("王建国", "李新人");
		assertThat(contactNames(manager.api().get(report + "/versions/2?lang=en").json())).containsExactly("王建国");
		assertThat(manager.api().post(report + "/regenerate", Map.of()).status()).isEqualTo(400);
	}

	// --- list, delete ---

	@Test
	void theListIsPagedNewestPeriodFirstAndFiltersByKind() {
		generated("2026-07");
		generated("2026-Q2");
		generated("2026-08");

		JsonNode all = manager.api().get(reports()).json();
		assertThat(periods(all)).containsExactly("2026-08", "2026-07", "2026-Q2");
		assertThat(all.get("total").asLong()).isEqualTo(3);
		assertThat(all.get("items").get(0).get("version").asLong()).isEqualTo(1);

		JsonNode second = manager.api().get(reports() + "?size=2&page=1").json();
		assertThat(periods(second)).containsExactly("2026-Q2");
		assertThat(second.get("total").asLong()).isEqualTo(3);
		assertThat(periods(manager.api().get(reports() + "?kind=QUARTER").json())).containsExactly("2026-Q2");
		assertThat(periods(manager.api().get(reports() + "?sort=period,asc").json())).containsExactly("2026-Q2",
				"2026-07", "2026-08");
		assertThat(manager.api().get(reports() + "?sort=secret").status()).isEqualTo(400);
		assertThat(manager.api().get(reports() + "?kind=WEEK").status()).isEqualTo(400);
		assertThat(manager.api().get(reports() + "?size=0").status()).isEqualTo(400);
	}

	@Test
	void theCrossAccountListFiltersByAccount() {
		long otherAccount = ReportFixtures.account(manager, "Other " + marker, null);
		long mine = generated("2003-07");
		long other = manager.api().post(reports(otherAccount), Map.of("period", "2003-07")).id();

		JsonNode one = manager.api().get("/api/v1/reports?accountId=" + accountId + "&size=200").json();
		assertThat(ids(one)).contains(mine).doesNotContain(other);
		assertThat(one.get("total").asLong()).isEqualTo(one.get("items").size());
		JsonNode theOther = manager.api().get("/api/v1/reports?accountId=" + otherAccount + "&period=2003-07").json();
		assertThat(ids(theOther)).containsExactly(other);

		Api.Response unknown = manager.api().get("/api/v1/reports?acountId=" + accountId);
		assertThat(unknown.status()).as("a misspelt filter is refused, not ignored").isEqualTo(400);
		assertThat(fields(unknown)).containsExactly("acountId");
	}

	@Test
	void theCrossAccountListShowsOnlyReadableAccountsReports() {
		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		long theirAccount = ReportFixtures.account(colleague, "Theirs " + marker, null);
		long mine = generated("2003-05");
		long theirs = colleague.api().post(reports(theirAccount), Map.of("period", "2003-05")).id();
		generated("2003-Q2");

		JsonNode own = manager.api().get("/api/v1/reports?period=2003-05&size=200").json();
		assertThat(ids(own)).contains(mine).doesNotContain(theirs);
		assertThat(own.get("items").get(0).get("accountName").asString()).isEqualTo(accountName);
		assertThat(own.get("items").get(0).get("period").asString()).isEqualTo("2003-05");

		TestUsers.User analyst = users.create("ANALYST");
		JsonNode all = analyst.api().get("/api/v1/reports?period=2003-05&size=200").json();
		assertThat(ids(all)).contains(mine, theirs);
		assertThat(all.get("total").asLong()).isEqualTo(all.get("items").size());
		assertThat(all.get("totalExact").asBoolean()).isTrue();
		assertThat(ids(analyst.api().get("/api/v1/reports?kind=QUARTER&size=200").json())).doesNotContain(mine, theirs);
		assertThat(analyst.api().get("/api/v1/reports?period=2003-13").status()).isEqualTo(400);
		assertThat(analyst.api().get("/api/v1/reports?kind=WEEK").status()).isEqualTo(400);
		Api.Response tooDeep = analyst.api().get("/api/v1/reports?page=500&size=50");
		assertThat(tooDeep.status()).isEqualTo(400);
		assertThat(tooDeep.contentType()).startsWith("application/problem+json");
		assertThat(fields(tooDeep)).as("paging stops at the count cap, as the account list's").containsExactly("page");
		assertThat(api.anonymous().get("/api/v1/reports").status()).isEqualTo(401);
	}

	@Test
	void aDeletedReportIsGoneAndItsPeriodFreeAgain() {
		long id = generated("2026-Q1");

		assertThat(manager.api().delete(reports() + "/" + id).status()).isEqualTo(204);

		Api.Response read = manager.api().get(reports() + "/" + id);
		assertThat(read.status()).isEqualTo(404);
		assertThat(read.contentType()).startsWith("application/problem+json");
		assertThat(manager.api().get(reports() + "/" + id + "/versions").status()).isEqualTo(404);
		assertThat(ReportFixtures.download(port, manager.username(), TestUsers.PASSWORD, reports() + "/" + id + ".pdf")
			.statusCode()).isEqualTo(404);
		assertThat(manager.api().put(reports() + "/" + id, texts(1, "x", null)).status()).isEqualTo(404);
		assertThat(manager.api().delete(reports() + "/" + id).status()).isEqualTo(404);
		assertThat(manager.api().get(reports()).json().get("total").asLong()).isZero();
		assertThat(generate("2026-Q1").status()).isEqualTo(201);
	}

	@Test
	void aReportIsNotFoundUnderAnotherAccount() {
		long id = generated("2026-Q3");
		long other = ReportFixtures.account(manager, "Other " + marker, null);

		assertThat(manager.api().get(reports(other) + "/" + id).status()).isEqualTo(404);
		assertThat(manager.api().put(reports(other) + "/" + id, texts(1, "x", null)).status()).isEqualTo(404);
		assertThat(manager.api().delete(reports(other) + "/" + id).status()).isEqualTo(404);
		assertThat(manager.api().get(reports(987654321L)).status()).isEqualTo(404);
		assertThat(manager.api().post(reports(987654321L), Map.of("period", "2026-Q3")).status()).isEqualTo(404);
	}

	// --- files ---

	@Test
	void thePdfIsAnAttachmentWhoseChineseTextCanBeExtracted() throws Exception {
		long id = generated("2026-Q3");
		manager.api().put(reports() + "/" + id, texts(1, "本季度合作顺利。", "回款偏慢：财务每周跟进。"));

		HttpResponse<byte[]> pdf = ReportFixtures.download(port, manager.username(), TestUsers.PASSWORD,
				reports() + "/" + id + ".pdf?lang=zh-CN");

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		String disposition = pdf.headers().firstValue("Content-Disposition").orElseThrow();
		assertThat(disposition).startsWith("attachment;").contains("filename=\"report-2026-Q3-v2.pdf\"");
		assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8))
			.isEqualTo("华信科技-" + marker + "-2026-Q3-v2.pdf");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String text = ReportFixtures.pdfText(pdf.body()).replace(" ", "");
		assertThat(text).contains("华信科技", marker, "定期报告", "2026年第3季度", "客户档案", "统一社会信用代码", uscc, "王建国", "总结", "本季度合作顺利",
				"问题与解决方案", "回款偏慢");

		HttpResponse<byte[]> english = ReportFixtures.download(port, manager.username(), TestUsers.PASSWORD,
				reports() + "/" + id + ".pdf?lang=en");
		assertThat(ReportFixtures.pdfText(english.body())).contains("Periodic report", "Account archive",
				"Problems and solutions");
	}

	@Test
	void thePdfOfAnOldVersionShowsThatVersion() throws Exception {
		long id = generated("2026-Q3");
		manager.api().put(reports() + "/" + id, texts(1, "第二版的总结", null));

		HttpResponse<byte[]> first = ReportFixtures.download(port, manager.username(), TestUsers.PASSWORD,
				reports() + "/" + id + ".pdf?version=1&lang=zh-CN");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(ReportFixtures.pdfText(first.body()).replace(" ", "")).doesNotContain("第二版的总结");
		assertThat(ReportFixtures
			.download(port, manager.username(), TestUsers.PASSWORD, reports() + "/" + id + ".pdf?version=7")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void theXlsxReadsBackWithAnOverviewAndASheetPerSection() throws Exception {
		long id = generated("2026-Q3");
		manager.api().put(reports() + "/" + id, texts(1, "Steady quarter.", "Late deliveries: second shift."));

		HttpResponse<byte[]> xlsx = ReportFixtures.download(port, manager.username(), TestUsers.PASSWORD,
				reports() + "/" + id + ".xlsx?lang=en");

		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
			.contains("filename=\"report-2026-Q3-v2.xlsx\"");
		Map<String, List<String>> sheets = ReportFixtures.xlsxCells(xlsx.body());
		// one sheet per section, in the sources' order
		assertThat(sheets.keySet()).containsExactly("Overview", "Account archive", "Sales", "Contracts",
				"Development plans", "Service plans", "Complaints", "Satisfaction surveys", "Communications");
		assertThat(sheets.keySet()).containsExactlyElementsOf(
				withOverview("Overview", sectionTitles(manager.api().get(reports() + "/" + id + "?lang=en").json())));
		assertThat(sheets.get("Overview")).contains(accountName, "Steady quarter.", "Late deliveries: second shift.",
				"Summary", "Problems and solutions");
		assertThat(sheets.get("Account archive")).contains("Name", accountName, "Unified social credit code", uscc,
				"Contact", "王建国", "总经理", "Decision maker");

		Map<String, List<String>> chinese = ReportFixtures.xlsxCells(ReportFixtures
			.download(port, manager.username(), TestUsers.PASSWORD, reports() + "/" + id + ".xlsx?lang=zh-CN")
			.body());
		assertThat(chinese.keySet()).containsExactly("概览", "客户档案", "销售", "合同", "客户发展计划", "服务计划", "投诉", "满意度调查", "沟通记录");
		assertThat(chinese.get("客户档案")).contains("客户名称", accountName, "统一社会信用代码", uscc);
	}

	// --- access ---

	@Test
	void anAnalystReadsAndDownloadsButDoesNotWrite() {
		long id = generated("2026-Q3");
		TestUsers.User analyst = users.create("ANALYST");
		String report = reports() + "/" + id;

		assertThat(analyst.api().get(reports()).json().get("total").asLong()).isEqualTo(1);
		assertThat(analyst.api().get(report).status()).isEqualTo(200);
		assertThat(analyst.api().get(report + "/versions").status()).isEqualTo(200);
		assertThat(ReportFixtures.download(port, analyst.username(), TestUsers.PASSWORD, report + ".pdf").statusCode())
			.isEqualTo(200);
		assertThat(ReportFixtures.download(port, analyst.username(), TestUsers.PASSWORD, report + ".xlsx").statusCode())
			.isEqualTo(200);

		Api.Response create = analyst.api().post(reports(), Map.of("period", "2026-Q1"));
		assertThat(create.status()).isEqualTo(403);
		assertThat(create.contentType()).startsWith("application/problem+json");
		assertThat(analyst.api().put(report, texts(1, "analyst", null)).status()).isEqualTo(403);
		assertThat(analyst.api().post(report + "/regenerate", Map.of("version", 1)).status()).isEqualTo(403);
		assertThat(analyst.api().delete(report).status()).isEqualTo(403);
		assertThat(manager.api().get(report).json().get("version").asLong()).isEqualTo(1);
	}

	@Test
	void anAccountManagerWhoDoesNotOwnTheAccountGetsNothing() {
		long id = generated("2026-Q3");
		TestUsers.User stranger = users.create("ACCOUNT_MANAGER");
		String report = reports() + "/" + id;

		Api.Response list = stranger.api().get(reports());
		assertThat(list.status()).isEqualTo(403);
		assertThat(list.contentType()).startsWith("application/problem+json");
		assertThat(stranger.api().get(report).status()).isEqualTo(403);
		assertThat(stranger.api().get(report + "/versions").status()).isEqualTo(403);
		assertThat(ReportFixtures.download(port, stranger.username(), TestUsers.PASSWORD, report + ".pdf").statusCode())
			.isEqualTo(403);
		assertThat(
				ReportFixtures.download(port, stranger.username(), TestUsers.PASSWORD, report + ".xlsx").statusCode())
			.isEqualTo(403);
		assertThat(stranger.api().post(reports(), Map.of("period", "2026-Q1")).status()).isEqualTo(403);
		assertThat(stranger.api().put(report, texts(1, "intruder", null)).status()).isEqualTo(403);
		assertThat(stranger.api().delete(report).status()).isEqualTo(403);
	}

	@Test
	void aTeamManagerWritesTheReportsOfAnyAccount() {
		TestUsers.User teamManager = users.create("MANAGER");

		Api.Response created = teamManager.api().post(reports(), Map.of("period", "2026-Q3"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(teamManager.api().put(reports() + "/" + created.id(), texts(1, "by the manager", null)).status())
			.isEqualTo(200);
	}

	@Test
	void anonymousCallersAreUnauthorized() {
		long id = generated("2026-Q3");

		Api.Response list = api.anonymous().get(reports());
		assertThat(list.status()).isEqualTo(401);
		assertThat(list.contentType()).startsWith("application/problem+json");
		assertThat(api.anonymous().post(reports(), Map.of("period", "2026-Q1")).status()).isEqualTo(401);
		assertThat(ReportFixtures.download(port, null, null, reports() + "/" + id + ".pdf").statusCode())
			.isEqualTo(401);
		assertThat(ReportFixtures.download(port, null, null, reports() + "/" + id + ".xlsx").statusCode())
			.isEqualTo(401);
		assertThat(api.as(manager.username(), "wrong-password").get(reports() + "/" + id).status()).isEqualTo(401);
	}

	// --- helpers ---

	static Map<String, String> rows(JsonNode section) {
		Map<String, String> rows = new LinkedHashMap<>();
		section.get("rows").valueStream().forEach(r -> rows.put(r.get("label").asString(), r.get("value").asString()));
		return rows;
	}

	static List<String> contactNames(JsonNode report) {
		return report.get("sections")
			.get(0)
			.get("table")
			.get("rows")
			.valueStream()
			.map(r -> r.get(0).asString())
			.toList();
	}

	static List<String> sectionTitles(JsonNode report) {
		return report.get("sections").valueStream().map(s -> s.get("title").asString()).toList();
	}

	static List<String> withOverview(String overview, List<String> titles) {
		List<String> sheets = new ArrayList<>(List.of(overview));
		sheets.addAll(titles);
		return sheets;
	}

	static List<Long> ids(JsonNode page) {
		return page.get("items").valueStream().map(item -> item.get("id").asLong()).toList();
	}

	static List<String> periods(JsonNode page) {
		return page.get("items").valueStream().map(item -> item.get("period").asString()).toList();
	}

	static List<String> fields(Api.Response response) {
		return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}

}
