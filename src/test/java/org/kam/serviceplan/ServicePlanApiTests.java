package org.kam.serviceplan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Service plans as a client sees them. Runs on H2 and on PostgreSQL. */
@BothDatabases
class ServicePlanApiTests {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	TestUsers users;

	TestUsers.User owner;

	String marker;

	long accountId;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		users = new TestUsers(api);
		owner = users.create("ACCOUNT_MANAGER");
		marker = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = createAccount(owner, "Service Ltd " + marker);
	}

	long createAccount(TestUsers.User user, String name) {
		Api.Response created = user.api().post("/api/v1/accounts", Map.of("name", name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	String plans() {
		return plans(accountId);
	}

	static String plans(long accountId) {
		return "/api/v1/accounts/" + accountId + "/service-plans";
	}

	static Map<String, Object> once(String service, LocalDate dueOn) {
		Map<String, Object> body = new HashMap<>();
		body.put("service", service);
		body.put("method", "ON_SITE");
		body.put("dueOn", dueOn == null ? null : dueOn.toString());
		return body;
	}

	static Map<String, Object> recurring(String service, String recurrence, LocalDate startsOn, LocalDate endsOn) {
		Map<String, Object> body = new HashMap<>();
		body.put("service", service);
		body.put("method", "PHONE");
		body.put("recurrence", recurrence);
		body.put("startsOn", startsOn == null ? null : startsOn.toString());
		body.put("endsOn", endsOn == null ? null : endsOn.toString());
		return body;
	}

	JsonNode create(Map<String, Object> body) {
		Api.Response created = owner.api().post(plans(), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json();
	}

	JsonNode done(long id) {
		Api.Response done = owner.api().post(plans() + "/" + id + "/done", null);
		assertThat(done.status()).as(done.toString()).isEqualTo(200);
		return done.json();
	}

	static List<String> fields(Api.Response response) {
		return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}

	static List<Long> ids(JsonNode page) {
		return page.get("items").valueStream().map(i -> i.get("id").asLong()).toList();
	}

	@Test
	void createsAOneOffPlanWithItsLocationAndTheSenderResponsible() {
		Api.Response created = owner.api().post(plans(), once("Quarterly review " + marker, TODAY.plusDays(10)));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo(plans() + "/" + created.id());
		JsonNode json = created.json();
		assertThat(json.get("accountId").asLong()).isEqualTo(accountId);
		assertThat(json.get("accountName").asString()).isEqualTo("Service Ltd " + marker);
		assertThat(json.get("service").asString()).isEqualTo("Quarterly review " + marker);
		assertThat(json.get("method").asString()).isEqualTo("ON_SITE");
		assertThat(json.get("responsibleId").asLong()).isEqualTo(owner.id());
		assertThat(json.get("status").asString()).isEqualTo("PLANNED");
		assertThat(json.get("recurrence").asString()).isEqualTo("NONE");
		assertThat(json.get("dueOn").asString()).isEqualTo(TODAY.plusDays(10).toString());
		assertThat(json.get("nextDueOn").asString()).isEqualTo(TODAY.plusDays(10).toString());
		assertThat(json.get("overdue").asBoolean()).isFalse();
		assertThat(json.get("version").asLong()).isZero();

		Api.Response read = owner.api().get(plans() + "/" + created.id());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("service").asString()).isEqualTo("Quarterly review " + marker);
	}

	@Test
	void anotherActiveUserCanBeResponsibleButNotAnUnknownOne() {
		TestUsers.User colleague = users.create("COLLECTOR");
		Map<String, Object> body = once("Call " + marker, TODAY);
		body.put("responsibleId", colleague.id());
		assertThat(create(body).get("responsibleId").asLong()).isEqualTo(colleague.id());

		body.put("responsibleId", 987_654_321L);
		Api.Response refused = owner.api().post(plans(), body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsExactly("responsibleId");
	}

	@Test
	void theScheduleRulesNameTheirField() {
		Api.Response blank = owner.api().post(plans(), once(" ", TODAY));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.contentType()).startsWith("application/problem+json");
		assertThat(fields(blank)).containsExactly("service");

		assertThat(fields(owner.api().post(plans(), once("No date", null)))).containsExactly("dueOn");
		assertThat(fields(owner.api().post(plans(), recurring("No start", "MONTHLY", null, null))))
			.containsExactly("startsOn");
		assertThat(fields(owner.api().post(plans(), recurring("Backwards", "WEEKLY", TODAY, TODAY.minusDays(1)))))
			.containsExactly("endsOn");

		Map<String, Object> badMethod = once("Fax " + marker, TODAY);
		badMethod.put("method", "FAX");
		assertThat(owner.api().post(plans(), badMethod).status()).isEqualTo(400);
		Map<String, Object> badDate = once("Date " + marker, TODAY);
		badDate.put("dueOn", "tomorrow");
		assertThat(owner.api().post(plans(), badDate).status()).isEqualTo(400);
		assertThat(owner.api().get(plans()).json().get("total").asLong()).isZero();
	}

	@Test
	void aMonthlyPlanMovesItsNextDueDateForwardWhenAnOccurrenceIsDone() {
		JsonNode plan = create(recurring("Monthly check " + marker, "MONTHLY", LocalDate.of(2025, 1, 31), null));
		long id = plan.get("id").asLong();
		assertThat(plan.get("nextDueOn").asString()).isEqualTo("2025-01-31");
		assertThat(plan.get("dueOn").isNull()).isTrue();
		assertThat(plan.get("overdue").asBoolean()).as("January 2025 is past").isTrue();

		JsonNode second = done(id);
		assertThat(second.get("nextDueOn").asString()).as("counted from the start: month ends").isEqualTo("2025-02-28");
		assertThat(second.get("lastDoneOn").asString()).isEqualTo("2025-01-31");
		assertThat(second.get("status").asString()).isEqualTo("PLANNED");
		assertThat(second.get("version").asLong()).isEqualTo(1);

		assertThat(done(id).get("nextDueOn").asString()).isEqualTo("2025-03-31");
	}

	@Test
	void weeklyQuarterlyAndYearlyPlansStepByTheirPeriod() {
		LocalDate start = LocalDate.of(2024, 2, 29);
		assertThat(done(create(recurring("W", "WEEKLY", start, null)).get("id").asLong()).get("nextDueOn").asString())
			.isEqualTo("2024-03-07");
		assertThat(
				done(create(recurring("Q", "QUARTERLY", start, null)).get("id").asLong()).get("nextDueOn").asString())
			.isEqualTo("2024-05-29");
		assertThat(done(create(recurring("Y", "YEARLY", start, null)).get("id").asLong()).get("nextDueOn").asString())
			.isEqualTo("2025-02-28");
	}

	@Test
	void aSeriesIsDoneAfterItsLastOccurrence() {
		long id = create(
				recurring("Until March " + marker, "MONTHLY", LocalDate.of(2025, 1, 15), LocalDate.of(2025, 3, 1)))
			.get("id")
			.asLong();

		assertThat(done(id).get("nextDueOn").asString()).isEqualTo("2025-02-15");
		JsonNode last = done(id);
		assertThat(last.get("status").asString()).isEqualTo("DONE");
		assertThat(last.get("nextDueOn").isNull()).isTrue();
		assertThat(last.get("overdue").asBoolean()).isFalse();

		Api.Response again = owner.api().post(plans() + "/" + id + "/done", null);
		assertThat(again.status()).isEqualTo(400);
		assertThat(fields(again)).containsExactly("status");
	}

	@Test
	void aOneOffPlanIsDoneOnceAndNoLongerOverdue() {
		JsonNode plan = create(once("Late visit " + marker, TODAY.minusDays(3)));
		assertThat(plan.get("overdue").asBoolean()).isTrue();

		JsonNode done = done(plan.get("id").asLong());
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("nextDueOn").asString()).isEqualTo(TODAY.minusDays(3).toString());
		assertThat(done.get("overdue").asBoolean()).isFalse();
	}

	@Test
	void completingWithAStaleVersionIsAConflict() {
		JsonNode plan = create(once("Versioned " + marker, TODAY));
		long id = plan.get("id").asLong();

		Api.Response stale = owner.api().post(plans() + "/" + id + "/done", Map.of("version", 7));
		assertThat(stale.status()).isEqualTo(409);
		Api.Response fresh = owner.api().post(plans() + "/" + id + "/done", Map.of("version", 0));
		assertThat(fresh.status()).isEqualTo(200);
	}

	@Test
	void changingTheScheduleKeepsTheCompletedOccurrences() {
		long id = create(recurring("Reschedule " + marker, "MONTHLY", LocalDate.of(2025, 1, 1), null)).get("id")
			.asLong();
		done(id);
		Map<String, Object> weekly = recurring("Reschedule " + marker, "WEEKLY", LocalDate.of(2025, 1, 1), null);
		weekly.put("version", 1);

		Api.Response changed = owner.api().put(plans() + "/" + id, weekly);

		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.json().get("nextDueOn").asString()).as("the first week after the done occurrence")
			.isEqualTo("2025-01-08");
		assertThat(changed.json().get("lastDoneOn").asString()).isEqualTo("2025-01-01");
	}

	@Test
	void aPutWithTheCurrentVersionChangesThePlanAndAStaleOneIsRefused() {
		long id = create(once("Before " + marker, TODAY.plusDays(1))).get("id").asLong();
		Map<String, Object> change = once("After " + marker, TODAY.plusDays(2));
		change.put("status", "IN_PROGRESS");
		change.put("version", 0);

		Api.Response changed = owner.api().put(plans() + "/" + id, change);
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.json().get("service").asString()).isEqualTo("After " + marker);
		assertThat(changed.json().get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(changed.json().get("nextDueOn").asString()).isEqualTo(TODAY.plusDays(2).toString());
		assertThat(changed.json().get("version").asLong()).isEqualTo(1);

		Api.Response stale = owner.api().put(plans() + "/" + id, change);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");

		change.remove("version");
		Api.Response noVersion = owner.api().put(plans() + "/" + id, change);
		assertThat(noVersion.status()).isEqualTo(400);
		assertThat(fields(noVersion)).containsExactly("version");
	}

	@Test
	void aDeletedPlanIsGoneButKeptInTheDatabase() {
		long id = create(once("Delete me " + marker, TODAY)).get("id").asLong();

		assertThat(owner.api().delete(plans() + "/" + id).status()).isEqualTo(204);

		assertThat(owner.api().get(plans() + "/" + id).status()).isEqualTo(404);
		assertThat(owner.api().get(plans()).json().get("total").asLong()).isZero();
		assertThat(owner.api().delete(plans() + "/" + id).status()).isEqualTo(404);
		assertThat(owner.api().post(plans() + "/" + id + "/done", null).status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from service_plan where id = :id and deleted_at is not null")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theAccountsListIsPagedByNextDueDate() {
		long later = create(once("Later", TODAY.plusDays(20))).get("id").asLong();
		long sooner = create(once("Sooner", TODAY.plusDays(1))).get("id").asLong();
		long middle = create(once("Middle", TODAY.plusDays(5))).get("id").asLong();

		JsonNode first = owner.api().get(plans() + "?size=2").json();
		JsonNode second = owner.api().get(plans() + "?size=2&page=1").json();

		assertThat(ids(first)).containsExactly(sooner, middle);
		assertThat(first.get("total").asLong()).isEqualTo(3);
		assertThat(first.get("size").asInt()).isEqualTo(2);
		assertThat(ids(second)).containsExactly(later);
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(owner.api().get(plans() + "?size=0").status()).isEqualTo(400);
	}

	@Test
	void theCrossAccountListFiltersOverdueStatusResponsibleAndAccount() {
		long overdue = create(once("Overdue " + marker, TODAY.minusDays(2))).get("id").asLong();
		long upcoming = create(once("Upcoming " + marker, TODAY.plusDays(2))).get("id").asLong();
		Map<String, Object> cancelledBody = once("Cancelled " + marker, TODAY.minusDays(5));
		cancelledBody.put("status", "CANCELLED");
		long cancelled = create(cancelledBody).get("id").asLong();
		String mine = "/api/v1/service-plans?accountId=" + accountId;

		JsonNode all = owner.api().get(mine).json();
		assertThat(ids(all)).containsExactly(cancelled, overdue, upcoming);
		assertThat(all.get("total").asLong()).isEqualTo(3);
		assertThat(all.get("totalExact").asBoolean()).isTrue();
		assertThat(all.get("items").get(1).get("overdue").asBoolean()).isTrue();
		assertThat(all.get("items").get(0).get("overdue").asBoolean()).as("cancelled is never overdue").isFalse();

		assertThat(ids(owner.api().get(mine + "&overdue=true").json())).containsExactly(overdue);
		assertThat(ids(owner.api().get(mine + "&overdue=false").json())).containsExactly(cancelled, upcoming);
		assertThat(ids(owner.api().get(mine + "&status=CANCELLED").json())).containsExactly(cancelled);
		assertThat(ids(owner.api().get(mine + "&responsibleId=" + owner.id()).json())).hasSize(3);
		assertThat(ids(owner.api().get(mine + "&responsibleId=" + (owner.id() + 100_000)).json())).isEmpty();
		assertThat(ids(owner.api().get(mine + "&sort=nextDueOn,desc").json())).containsExactly(upcoming, overdue,
				cancelled);
		JsonNode paged = owner.api().get(mine + "&size=1&page=2").json();
		assertThat(ids(paged)).containsExactly(upcoming);
		assertThat(paged.get("total").asLong()).isEqualTo(3);
		assertThat(owner.api().get(mine + "&sort=service").status()).isEqualTo(400);
		assertThat(owner.api().get(mine + "&status=LATE").status()).isEqualTo(400);
		Api.Response tooDeep = owner.api().get(mine + "&page=500&size=50");
		assertThat(tooDeep.status()).isEqualTo(400);
		assertThat(tooDeep.contentType()).startsWith("application/problem+json");
		assertThat(fields(tooDeep)).as("paging stops at the count cap, as the account list's").containsExactly("page");
	}

	@Test
	void overdueItemsAreSeenByTheOwnerAndTheTeamManagerButNotByOtherManagers() {
		long overdue = create(once("Seen " + marker, TODAY.minusDays(1))).get("id").asLong();
		TestUsers.User other = users.create("ACCOUNT_MANAGER");
		TestUsers.User teamManager = users.create("MANAGER");

		assertThat(ids(owner.api().get("/api/v1/service-plans?overdue=true&size=200").json())).contains(overdue);
		assertThat(ids(teamManager.api().get("/api/v1/service-plans?overdue=true&accountId=" + accountId).json()))
			.containsExactly(overdue);
		JsonNode theirs = other.api().get("/api/v1/service-plans?overdue=true&accountId=" + accountId).json();
		assertThat(ids(theirs)).isEmpty();
		assertThat(theirs.get("total").asLong()).isZero();
	}

	@Test
	void anotherAccountManagerNeitherReadsNorChangesThePlans() {
		long id = create(once("Private " + marker, TODAY)).get("id").asLong();
		TestUsers.User other = users.create("ACCOUNT_MANAGER");
		Map<String, Object> change = once("Hijack", TODAY);
		change.put("version", 0);

		assertThat(other.api().get(plans()).status()).isEqualTo(403);
		assertThat(other.api().get(plans() + "/" + id).status()).isEqualTo(403);
		assertThat(other.api().post(plans(), once("Intruder", TODAY)).status()).isEqualTo(403);
		assertThat(other.api().put(plans() + "/" + id, change).status()).isEqualTo(403);
		assertThat(other.api().post(plans() + "/" + id + "/done", null).status()).isEqualTo(403);
		assertThat(other.api().delete(plans() + "/" + id).status()).isEqualTo(403);
	}

	@Test
	void anAnalystReadsButDoesNotChange() {
		long id = create(once("Read only " + marker, TODAY)).get("id").asLong();
		TestUsers.User analyst = users.create("ANALYST");
		Map<String, Object> change = once("Changed", TODAY);
		change.put("version", 0);

		assertThat(analyst.api().get(plans()).status()).isEqualTo(200);
		assertThat(analyst.api().get(plans() + "/" + id).status()).isEqualTo(200);
		assertThat(ids(analyst.api().get("/api/v1/service-plans?accountId=" + accountId).json())).containsExactly(id);
		assertThat(analyst.api().post(plans(), once("No", TODAY)).status()).isEqualTo(403);
		assertThat(analyst.api().put(plans() + "/" + id, change).status()).isEqualTo(403);
		assertThat(analyst.api().post(plans() + "/" + id + "/done", null).status()).isEqualTo(403);
		assertThat(analyst.api().delete(plans() + "/" + id).status()).isEqualTo(403);
	}

	@Test
	void aTeamManagerChangesThePlansOfAnyAccount() {
		long id = create(once("Managed " + marker, TODAY)).get("id").asLong();
		TestUsers.User teamManager = users.create("MANAGER");
		Map<String, Object> change = once("Managed by the team manager " + marker, TODAY);
		change.put("version", 0);

		assertThat(teamManager.api().put(plans() + "/" + id, change).status()).isEqualTo(200);
		assertThat(teamManager.api().post(plans(), once("Added " + marker, TODAY)).status()).isEqualTo(201);
	}

	@Test
	void plansOfAnUnknownAccountOrUnderAnotherAccountAreNotFound() {
		long id = create(once("Here " + marker, TODAY)).get("id").asLong();
		long otherAccount = createAccount(owner, "Elsewhere " + marker);

		assertThat(owner.api().get(plans(otherAccount) + "/" + id).status()).isEqualTo(404);
		assertThat(owner.api().get(plans(999_999_999L)).status()).isEqualTo(404);
		assertThat(owner.api().post(plans(999_999_999L), once("Nowhere", TODAY)).status()).isEqualTo(404);
	}

	@Test
	void anonymousCallersAreUnauthorized() {
		long id = create(once("Secret " + marker, TODAY)).get("id").asLong();

		assertThat(api.anonymous().get(plans()).status()).isEqualTo(401);
		assertThat(api.anonymous().get(plans() + "/" + id).status()).isEqualTo(401);
		assertThat(api.anonymous().get("/api/v1/service-plans").status()).isEqualTo(401);
		assertThat(api.anonymous().post(plans(), once("X", TODAY)).status()).isEqualTo(401);
		assertThat(api.anonymous().post(plans() + "/" + id + "/done", null).status()).isEqualTo(401);
	}

}
