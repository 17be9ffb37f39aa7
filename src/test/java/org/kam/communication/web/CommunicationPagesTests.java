package org.kam.communication.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser;
import org.kam.web.SessionBrowser.Page;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The communication pages through real HTTP with a signed-in browser session: the account
 * tab, the forms, the cross-account list, "my day", access and language.
 */
@H2Test
class CommunicationPagesTests {

	private static final String FORBIDDEN_TEXT = "Your roles do not allow you to open this page.";

	@LocalServerPort
	int port;

	TestUsers users;

	TestUsers.User manager;

	String marker;

	long accountId;

	long contactId;

	@BeforeEach
	void setUp() {
		users = new TestUsers(new Api(port));
		manager = users.create("ACCOUNT_MANAGER");
		marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Api.Response account = manager.api().post("/api/v1/accounts", Map.of("name", "Pages Ltd " + marker));
		assertThat(account.status()).isEqualTo(201);
		accountId = account.id();
		contactId = manager.api()
			.post("/api/v1/accounts/" + accountId + "/contacts", Map.of("name", "Zhao Lei " + marker))
			.id();
	}

	private String base() {
		return "/accounts/" + accountId + "/communications";
	}

	private long record(String subject, String nextStep, LocalDate due) {
		Map<String, Object> body = new HashMap<>();
		body.put("channel", "VISIT");
		body.put("occurredAt", "2025-09-01T14:00:00+08:00");
		body.put("subject", subject);
		body.put("ourParticipantIds", List.of(manager.id()));
		body.put("contactIds", List.of(contactId));
		if (nextStep != null) {
			body.put("nextStep", nextStep);
			body.put("nextStepDue", due.toString());
		}
		Api.Response created = manager.api().post("/api/v1" + base(), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	@Test
	void theAccountPageOffersTheTabAndTheTabListsTheRecords() {
		record("Site visit <b>" + marker + "</b>", "Send the offer", today().plusDays(2));
		SessionBrowser browser = signIn(manager);

		Page account = browser.get("/accounts/" + accountId + "?tab=communications");
		assertThat(account.status()).isEqualTo(200);
		assertThat(account.body()).contains("hx-get=\"" + base() + "/section\"").contains(">Communications</a>");

		Page section = browser.get(base() + "/section", "HX-Request", "true");
		assertThat(section.status()).isEqualTo(200);
		assertThat(section.body()).doesNotContain("<html")
			.contains("id=\"communications\"")
			.contains("Site visit &lt;b&gt;" + marker + "&lt;/b&gt;")
			.contains("Zhao Lei " + marker)
			.contains("Send the offer")
			.contains("href=\"" + base() + "/new\"");

		Page phoneOnly = browser.get(base() + "/section?channel=PHONE", "HX-Request", "true");
		assertThat(phoneOnly.body()).doesNotContain("Site visit").contains("No communications yet.");
	}

	@Test
	void aCommunicationIsRecordedAndChangedThroughTheForms() {
		SessionBrowser browser = signIn(manager);
		Page form = browser.get(base() + "/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("type=\"datetime-local\"").contains("Zhao Lei " + marker);

		Page created = browser.postForm(base(), form.csrf(), "channel", "WECHAT", "occurredAt", "2025-10-08T16:45",
				"subject", "Price talk " + marker, "ourParticipantIds", String.valueOf(manager.id()), "contactIds",
				String.valueOf(contactId), "nextStep", "Revise the quote", "nextStepDue", "2025-10-15",
				"nextStepOwnerId", String.valueOf(manager.id()));

		assertThat(created.status()).as(created.toString()).isEqualTo(302);
		assertThat(created.location()).isEqualTo("/accounts/" + accountId + "?tab=communications");
		JsonNode stored = manager.api().get("/api/v1" + base()).json().get("items").get(0);
		assertThat(stored.get("subject").asString()).isEqualTo("Price talk " + marker);
		assertThat(stored.get("channel").asString()).isEqualTo("WECHAT");
		assertThat(OffsetDateTime.parse(stored.get("occurredAt").asString()).toInstant())
			.as("the form's time is the company's local time")
			.isEqualTo(OffsetDateTime.parse("2025-10-08T16:45:00+08:00").toInstant());
		assertThat(stored.get("contactIds").get(0).asLong()).isEqualTo(contactId);
		long id = stored.get("id").asLong();
		assertThat(browser.get(created.location()).text()).contains("Communication recorded.");

		Page edit = browser.get(base() + "/" + id + "/edit");
		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.body()).contains("value=\"2025-10-08T16:45\"")
			.contains("value=\"2025-10-15\"")
			.contains("Price talk " + marker);
		Page saved = browser.postForm(base() + "/" + id, edit.csrf(), "channel", "WECHAT", "occurredAt",
				"2025-10-08T16:45", "subject", "Price agreed " + marker, "nextStep", "Revise the quote", "nextStepDue",
				"2025-10-15", "nextStepDone", "true", "version", "0");
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		JsonNode changed = manager.api().get("/api/v1" + base() + "/" + id).json();
		assertThat(changed.get("subject").asString()).isEqualTo("Price agreed " + marker);
		assertThat(changed.get("nextStepDone").asBoolean()).isTrue();
		assertThat(changed.get("contactIds").size()).as("unticked participants are removed").isZero();

		Page stale = browser.postForm(base() + "/" + id, edit.csrf(), "channel", "PHONE", "occurredAt",
				"2025-10-08T16:45", "subject", "Lost " + marker, "version", "0");
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.text()).contains("Someone changed this communication first")
			.contains("Price agreed " + marker);

		Page view = browser.get(base() + "/" + id);
		assertThat(view.status()).isEqualTo(200);
		assertThat(view.text()).contains("Price agreed " + marker).contains("Revise the quote").contains("Done");

		Page deleted = browser.postForm(base() + "/" + id + "/delete", view.csrf());
		assertThat(deleted.status()).isEqualTo(302);
		assertThat(manager.api().get("/api/v1" + base() + "/" + id).status()).isEqualTo(404);
	}

	@Test
	void errorsShowNextToTheirFieldsInBothLanguages() {
		SessionBrowser browser = signIn(manager);
		Page form = browser.get(base() + "/new");

		Page invalid = browser.postForm(base(), form.csrf(), "channel", "PHONE", "occurredAt", "", "subject", "",
				"nextStep", "Call again", "contactIds", "987654321");

		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.body()).contains("id=\"subject-error\"").contains("id=\"occurredAt-error\"");
		assertThat(manager.api().get("/api/v1" + base()).json().get("total").asLong()).isZero();

		Page rules = browser.postForm(base(), form.csrf(), "channel", "PHONE", "occurredAt", "2025-10-08T16:45",
				"subject", "Rules " + marker, "nextStep", "Call again", "contactIds", "987654321");
		assertThat(rules.status()).isEqualTo(200);
		assertThat(rules.body()).contains("id=\"nextStepDue-error\"").contains("id=\"contactIds-error\"");
		assertThat(rules.text()).contains("is required with a next step")
			.contains("contact 987654321 is not a contact of this account");

		browser.setCookie("kam-lang", "zh-CN");
		Page chinese = browser.postForm(base(), browser.get(base() + "/new").csrf(), "channel", "PHONE", "occurredAt",
				"2025-10-08T16:45", "subject", "Rules " + marker, "nextStep", "Call again");
		assertThat(chinese.text()).contains("填写下一步时必填").contains("沟通方式");
	}

	@Test
	void theCrossAccountListFiltersFromTheUrl() {
		record("Listed " + marker, "Prepare the demo", today().minusDays(1));
		SessionBrowser browser = signIn(manager);

		Page all = browser.get("/communications?accountId=" + accountId);
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.body()).contains("<html")
			.contains("id=\"filters\"")
			.contains("Listed " + marker)
			.contains("Pages Ltd " + marker);
		assertThat(all.text()).contains("1 communications").contains("Overdue");

		Page fragment = browser.get("/communications?accountId=" + accountId + "&channel=EMAIL", "HX-Request", "true");
		assertThat(fragment.body()).doesNotContain("<html")
			.contains("id=\"results\"")
			.doesNotContain("Listed " + marker);

		Page mine = browser.get("/communications?accountId=" + accountId + "&ownerId=" + manager.id() + "&dueBefore="
				+ today().plusDays(1));
		assertThat(mine.body()).contains("Listed " + marker);
		assertThat(browser.get("/communications?dueBefore=" + today().minusDays(1) + "&accountId=" + accountId).body())
			.doesNotContain("Listed " + marker);

		assertThat(browser.get("/communications?channel=FAX").status()).isEqualTo(400);
		assertThat(browser.get("/communications?from=2025-02-02&to=2025-02-01").status()).isEqualTo(400);
		Page tooDeep = browser.get("/communications?page=999999");
		assertThat(tooDeep.status()).as("a page beyond the count cap").isEqualTo(400);
		assertThat(tooDeep.text()).contains("This list cannot be shown").contains("Page: must be at most");
		assertThat(browser.get("/").body()).as("the menu entry").contains("href=\"/communications\"");
	}

	@Test
	void myDayListsMyOpenNextStepsTheComingWeekFirstAndMarksThemDone() {
		record("Far " + marker, "Far away step " + marker, today().plusDays(20));
		long soon = record("Soon " + marker, "Soon step " + marker, today().plusDays(3));
		record("Late " + marker, "Late step " + marker, today().minusDays(4));
		SessionBrowser browser = signIn(manager);

		Page home = browser.get("/");

		assertThat(home.status()).isEqualTo(200);
		assertThat(home.text()).contains("My next steps due").doesNotContain("Far away step " + marker);
		String body = home.body();
		assertThat(body.indexOf("Soon step " + marker)).as("the coming week first, the overdue folded below")
			.isPositive()
			.isLessThan(body.indexOf("<details"))
			.isLessThan(body.indexOf("Late step " + marker));
		assertThat(body).contains("href=\"/accounts/" + accountId + "?tab=communications\"");

		Page done = browser.postForm(base() + "/" + soon + "/next-step-done", home.csrf(), "version", "0", "back",
				"home");
		assertThat(done.status()).isEqualTo(302);
		assertThat(done.location()).isEqualTo("/");
		Page after = browser.get("/");
		assertThat(after.text()).contains("Next step marked done.")
			.doesNotContain("Soon step " + marker)
			.contains("Late step " + marker);

		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		assertThat(signIn(colleague).get("/").text()).doesNotContain("Late step " + marker);
	}

	@Test
	void aReaderSeesTheTabButNoFormsAndAnotherManagerNothing() {
		long id = record("Guarded " + marker, null, null);
		SessionBrowser analyst = signIn(users.create("ANALYST"));

		Page section = analyst.get(base() + "/section", "HX-Request", "true");
		assertThat(section.status()).isEqualTo(200);
		assertThat(section.body()).contains("Guarded " + marker).doesNotContain(base() + "/new");
		assertThat(analyst.get(base() + "/" + id).status()).isEqualTo(200);
		assertErrorPage(analyst.get(base() + "/new"), 403);
		assertErrorPage(analyst.get(base() + "/" + id + "/edit"), 403);
		String csrf = analyst.get(base() + "/" + id).csrf();
		assertErrorPage(analyst.postForm(base(), csrf, "channel", "PHONE", "occurredAt", "2025-10-08T16:45", "subject",
				"Planted " + marker), 403);
		assertErrorPage(analyst.postForm(base() + "/" + id + "/delete", csrf), 403);

		SessionBrowser other = signIn(users.create("ACCOUNT_MANAGER"));
		assertErrorPage(other.get(base() + "/section", "HX-Request", "true"), 403);
		assertErrorPage(other.get(base() + "/" + id), 403);
		assertThat(other.get("/communications?accountId=" + accountId).body()).doesNotContain("Guarded " + marker)
			.doesNotContain("Pages Ltd " + marker);
		assertThat(manager.api().get("/api/v1" + base()).json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void theTimelineShowsCommunications() {
		long id = record("On the timeline " + marker, null, null);
		SessionBrowser browser = signIn(manager);

		Page timeline = browser.get("/accounts/" + accountId + "/timeline/section?kind=communications", "HX-Request",
				"true");

		assertThat(timeline.status()).isEqualTo(200);
		assertThat(timeline.body()).contains("On the timeline " + marker)
			.contains("href=\"" + base() + "/" + id + "\"");
	}

	private SessionBrowser signIn(TestUsers.User user) {
		return new SessionBrowser(port).signIn(user.username(), TestUsers.PASSWORD);
	}

	private static void assertErrorPage(Page page, int status) {
		assertThat(page.status()).as(page.toString()).isEqualTo(status);
		assertThat(page.body()).contains("Error " + status);
		if (status == 403) {
			assertThat(page.text()).contains(FORBIDDEN_TEXT);
		}
	}

}
