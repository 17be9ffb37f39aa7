package org.kam.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser.Page;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My day" shows what is due now before the backlog: counts of the overdue, today's and
 * the coming week's next steps, today and the coming week listed first, the overdue ones
 * folded under their count, nothing due later.
 */
@H2Test
class MyDayPagesTests {

	@LocalServerPort
	int port;

	@Test
	void countsTodayAndTheComingWeekFirstAndTheOverdueFoldedUnderTheirCount() {
		TestUsers users = new TestUsers(new Api(port));
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		String marker = UUID.randomUUID().toString().substring(0, 8);
		long accountId = manager.api().post("/api/v1/accounts", Map.of("name", "My Day Ltd " + marker)).id();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		nextStep(manager, accountId, "Overdue long ago", today.minusDays(300));
		nextStep(manager, accountId, "Overdue last week", today.minusDays(6));
		nextStep(manager, accountId, "Overdue yesterday", today.minusDays(1));
		nextStep(manager, accountId, "Due today", today);
		nextStep(manager, accountId, "Due tomorrow", today.plusDays(1));
		nextStep(manager, accountId, "Due in a week", today.plusDays(7));
		nextStep(manager, accountId, "Due later", today.plusDays(20));

		Page page = new SessionBrowser(port).signIn(manager.username(), TestUsers.PASSWORD).get("/");

		assertThat(page.status()).isEqualTo(200);
		String body = page.body();
		assertThat(body).contains(">Overdue: 3<").contains(">Due today: 1<").contains(">Coming week: 2<");
		assertThat(body).doesNotContain("Due later");
		int upcoming = body.indexOf("id=\"due-upcoming\"");
		int folded = body.indexOf("<details");
		assertThat(upcoming).isPositive().isLessThan(folded);
		assertThat(body.indexOf(">Due today</a>")).isBetween(upcoming, folded);
		assertThat(body.indexOf(">Due today</a>")).isLessThan(body.indexOf(">Due tomorrow</a>"));
		assertThat(body.indexOf(">Due tomorrow</a>")).isLessThan(body.indexOf(">Due in a week</a>"));
		assertThat(body.indexOf(">Due in a week</a>")).isLessThan(folded);
		// folded: a <details> without "open", the most recently due first
		assertThat(body.substring(folded, body.indexOf('>', folded))).doesNotContain("open");
		assertThat(body).contains("Overdue (3), most recent first");
		assertThat(body.indexOf(">Overdue yesterday</a>")).isGreaterThan(folded);
		assertThat(body.indexOf(">Overdue yesterday</a>")).isLessThan(body.indexOf(">Overdue last week</a>"));
		assertThat(body.indexOf(">Overdue last week</a>")).isLessThan(body.indexOf(">Overdue long ago</a>"));
	}

	@Test
	void withNothingOverdueThereIsNothingToFold() {
		TestUsers.User manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		long accountId = manager.api().post("/api/v1/accounts", Map.of("name", "Calm Ltd")).id();
		nextStep(manager, accountId, "Due tomorrow", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1));

		String body = new SessionBrowser(port).signIn(manager.username(), TestUsers.PASSWORD).get("/").body();

		assertThat(body).contains(">Overdue: 0<").contains(">Due today: 0<").contains(">Coming week: 1<");
		assertThat(body).doesNotContain("<details").contains("Due tomorrow");
	}

	private static void nextStep(TestUsers.User user, long accountId, String step, LocalDate due) {
		Api.Response created = user.api()
			.post("/api/v1/accounts/" + accountId + "/communications",
					Map.of("channel", "PHONE", "occurredAt", "2025-01-06T10:00:00+08:00", "subject",
							"Call about " + step, "ourParticipantIds", List.of(user.id()), "nextStep", step,
							"nextStepDue", due.toString()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

}
