package org.kam.devplan;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/development-plans}: plans across the accounts the caller may read.
 * Each test narrows the list to its own fresh owner, since the database is shared. Runs
 * on H2 and on PostgreSQL.
 */
@BothDatabases
class DevelopmentPlanListApiTests {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	static final String LIST = "/api/v1/development-plans";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	TestUsers users;

	TestUsers.User owner;

	String marker;

	long accountA;

	long accountB;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		users = new TestUsers(api);
		owner = users.create("ACCOUNT_MANAGER");
		marker = "l" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountA = account("Alpha " + marker);
		accountB = account("Beta " + marker);
	}

	long account(String name) {
		Api.Response created = owner.api().post("/api/v1/accounts", Map.of("name", name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	/** A plan with milestones given as due date and status pairs. */
	long plan(long accountId, String title, LocalDate start, LocalDate end, Object... milestones) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("periodStart", start.toString());
		body.put("periodEnd", end.toString());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < milestones.length; i += 2) {
			rows.add(Map.of("title", "M" + i, "dueOn", milestones[i].toString(), "status", milestones[i + 1]));
		}
		body.put("milestones", rows);
		body.put("stakeholders", List.of());
		Api.Response created = owner.api().post("/api/v1/accounts/" + accountId + "/development-plans", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	JsonNode list(TestUsers.User user, String query) {
		Api.Response response = user.api().get(LIST + "?ownerId=" + owner.id() + query);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	static List<Long> ids(JsonNode page) {
		return page.get("items").valueStream().map(i -> i.get("id").asLong()).toList();
	}

	static List<String> fields(Api.Response response) {
		return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}

	@Test
	void listsThePlansOfEveryAccountNewestPeriodFirstWithAccountOwnerAndNextMilestone() {
		long older = plan(accountA, "Old " + marker, TODAY.minusYears(1), TODAY.minusDays(1));
		long current = plan(accountB, "Now " + marker, TODAY.minusDays(10), TODAY.plusMonths(6), TODAY.minusDays(5),
				"DONE", TODAY.plusDays(20), "PLANNED", TODAY.plusDays(3), "IN_PROGRESS", TODAY.minusDays(1), "MISSED");

		JsonNode page = list(owner, "");

		assertThat(ids(page)).containsExactly(current, older);
		assertThat(page.get("total").asLong()).isEqualTo(2);
		assertThat(page.get("totalExact").asBoolean()).isTrue();
		assertThat(page.get("page").asInt()).isZero();
		assertThat(page.get("size").asInt()).isEqualTo(20);
		JsonNode first = page.get("items").get(0);
		assertThat(first.get("accountId").asLong()).isEqualTo(accountB);
		assertThat(first.get("accountName").asString()).isEqualTo("Beta " + marker);
		assertThat(first.get("ownerId").asLong()).isEqualTo(owner.id());
		assertThat(first.get("title").asString()).isEqualTo("Now " + marker);
		assertThat(first.get("progress").asInt()).isEqualTo(25);
		// the earliest PLANNED or IN_PROGRESS milestone; DONE and MISSED ones are not
		// next
		assertThat(first.get("nextMilestoneDue").asString()).isEqualTo(TODAY.plusDays(3).toString());
		assertThat(first.get("overdue").asBoolean()).isFalse();
		assertThat(page.get("items").get(1).get("nextMilestoneDue").isNull()).isTrue();
	}

	@Test
	void filtersByAccountPeriodOverlapAndOverdueMilestones() {
		long late = plan(accountA, "Late " + marker, TODAY.minusMonths(2), TODAY.plusMonths(2), TODAY.minusDays(2),
				"PLANNED");
		long onTime = plan(accountA, "On time " + marker, TODAY.minusMonths(1), TODAY.plusMonths(3), TODAY.plusDays(2),
				"PLANNED");
		long nextYear = plan(accountB, "Next year " + marker, TODAY.plusYears(1), TODAY.plusYears(2));

		assertThat(ids(list(owner, "&overdue=true"))).containsExactly(late);
		assertThat(ids(list(owner, "&overdue=false"))).containsExactlyInAnyOrder(onTime, nextYear);
		assertThat(ids(list(owner, "&accountId=" + accountB))).containsExactly(nextYear);
		assertThat(ids(list(owner, "&from=" + TODAY.plusMonths(4) + "&to=" + TODAY.plusYears(1))))
			.containsExactly(nextYear);
		assertThat(ids(list(owner, "&to=" + TODAY.minusMonths(1)))).containsExactlyInAnyOrder(late, onTime);
		// the period's last day counts: a plan ending on "from" overlaps
		assertThat(ids(list(owner, "&from=" + TODAY.plusMonths(3) + "&to=" + TODAY.plusMonths(3))))
			.containsExactly(onTime);
		assertThat(ids(list(owner, "&overdue=true")).get(0)).isEqualTo(late);
		assertThat(list(owner, "&overdue=true").get("items").get(0).get("overdue").asBoolean()).isTrue();
	}

	@Test
	void editingTheMilestonesMovesTheNextMilestone() {
		long id = plan(accountA, "Edited " + marker, TODAY.minusMonths(1), TODAY.plusMonths(1), TODAY.minusDays(1),
				"PLANNED");
		assertThat(ids(list(owner, "&overdue=true"))).containsExactly(id);

		Map<String, Object> change = new HashMap<>();
		change.put("title", "Edited " + marker);
		change.put("periodStart", TODAY.minusMonths(1).toString());
		change.put("periodEnd", TODAY.plusMonths(1).toString());
		change.put("milestones", List.of(Map.of("title", "M", "dueOn", TODAY.minusDays(1).toString(), "status", "DONE"),
				Map.of("title", "N", "dueOn", TODAY.plusDays(9).toString(), "status", "PLANNED")));
		change.put("stakeholders", List.of());
		change.put("version", 0);
		Api.Response saved = owner.api().put("/api/v1/accounts/" + accountA + "/development-plans/" + id, change);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

		assertThat(ids(list(owner, "&overdue=true"))).isEmpty();
		assertThat(list(owner, "").get("items").get(0).get("nextMilestoneDue").asString())
			.isEqualTo(TODAY.plusDays(9).toString());
	}

	@Test
	void sortsByTheWhitelistedFieldsAndPages() {
		long half = plan(accountA, "B half " + marker, TODAY, TODAY.plusMonths(1), TODAY.plusDays(5), "DONE",
				TODAY.plusDays(9), "PLANNED");
		long none = plan(accountA, "A none " + marker, TODAY.minusYears(1), TODAY.plusMonths(1), TODAY.plusDays(2),
				"PLANNED");
		long all = plan(accountB, "C all " + marker, TODAY.plusYears(1), TODAY.plusYears(2), TODAY.plusDays(1), "DONE");

		assertThat(ids(list(owner, "&sort=progress,asc"))).containsExactly(none, half, all);
		assertThat(ids(list(owner, "&sort=progress,desc"))).containsExactly(all, half, none);
		assertThat(ids(list(owner, "&sort=title"))).containsExactly(none, half, all);
		// plans without an open milestone come last
		assertThat(ids(list(owner, "&sort=nextMilestoneDue,asc"))).containsExactly(none, half, all);
		assertThat(ids(list(owner, "&sort=periodStart,asc"))).containsExactly(none, half, all);

		JsonNode second = list(owner, "&size=2&page=1");
		assertThat(ids(second)).containsExactly(none);
		assertThat(second.get("total").asLong()).isEqualTo(3);
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(second.get("size").asInt()).isEqualTo(2);
	}

	@Test
	void readersSeeOnlyThePlansOfAccountsTheyMayRead() {
		long id = plan(accountA, "Private " + marker, TODAY, TODAY.plusMonths(1));

		assertThat(ids(list(users.create("ACCOUNT_MANAGER"), ""))).isEmpty();
		assertThat(list(users.create("ACCOUNT_MANAGER"), "&accountId=" + accountA).get("total").asLong()).isZero();
		assertThat(ids(list(users.create("ANALYST"), ""))).containsExactly(id);
		assertThat(ids(list(users.create("MANAGER"), "&accountId=" + accountA))).containsExactly(id);
		// without the owner filter a manager's list walks the sort index (no owner to go
		// through)
		Api.Response all = users.create("MANAGER").api().get(LIST + "?accountId=" + accountA + "&sort=title");
		assertThat(ids(all.json())).containsExactly(id);
	}

	@Test
	void deletedPlansAndPlansOfDeletedAccountsAreLeftOut() {
		long kept = plan(accountA, "Kept " + marker, TODAY, TODAY.plusMonths(1));
		long deleted = plan(accountA, "Deleted " + marker, TODAY, TODAY.plusMonths(1));
		plan(accountB, "Of deleted account " + marker, TODAY, TODAY.plusMonths(1));
		assertThat(owner.api().delete("/api/v1/accounts/" + accountA + "/development-plans/" + deleted).status())
			.isEqualTo(204);
		// accounts are not deleted through the API (yet): as the governance work will
		jdbc.sql("update account set deleted_at = current_timestamp where id = :id").param("id", accountB).update();

		assertThat(ids(list(owner, ""))).containsExactly(kept);
		assertThat(list(owner, "").get("total").asLong()).isEqualTo(1);
	}

	@Test
	void badFiltersAnswer400NamingEachParameter() {
		Api.Response bad = owner.api()
			.get(LIST + "?accountId=x&ownerId=-3&from=31.12.2026&to=tomorrow&overdue=maybe&page=one&size=500");

		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(fields(bad)).containsExactlyInAnyOrder("accountId", "ownerId", "from", "to", "overdue", "page",
				"size");
		assertThat(bad.json().get("errors").get(0).get("message").asString()).isNotBlank();

		Api.Response order = owner.api().get(LIST + "?from=2026-12-31&to=2026-01-01&sort=owner");
		assertThat(order.status()).isEqualTo(400);
		assertThat(fields(order)).containsExactlyInAnyOrder("to", "sort");

		Api.Response deep = owner.api().get(LIST + "?page=500&size=20");
		assertThat(deep.status()).isEqualTo(400);
		assertThat(fields(deep)).containsExactly("page");
		assertThat(owner.api().get(LIST + "?page=499&size=20").status()).isEqualTo(200);
	}

	@Test
	void anonymousCallersAreUnauthorized() {
		assertThat(api.anonymous().get(LIST).status()).isEqualTo(401);
	}

}
