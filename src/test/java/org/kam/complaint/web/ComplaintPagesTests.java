package org.kam.complaint.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.complaint.domain.ComplaintEscalation;
import org.kam.shared.Deliveries;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser;
import org.kam.web.SessionBrowser.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.events.core.EventPublicationRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint pages through real HTTP with a signed-in session: the account tab, the
 * form with its errors, the cross-account list, access and language.
 */
@H2Test
class ComplaintPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ComplaintEscalation escalation;

	@Autowired
	EventPublicationRegistry publications;

	TestUsers users;

	TestUsers.User manager;

	String marker;

	long accountId;

	@BeforeEach
	void setUp() {
		users = new TestUsers(new Api(port));
		manager = users.create("ACCOUNT_MANAGER");
		marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Api.Response account = manager.api().post("/api/v1/accounts", Map.of("name", "Pages Ltd " + marker));
		assertThat(account.status()).as(account.toString()).isEqualTo(201);
		accountId = account.id();
	}

	SessionBrowser signIn(TestUsers.User user) {
		return new SessionBrowser(port).signIn(user.username(), TestUsers.PASSWORD);
	}

	long addByApi(String severity, OffsetDateTime received, String description) {
		Map<String, Object> body = new HashMap<>();
		body.put("receivedAt", received.toString());
		body.put("channel", "EMAIL");
		body.put("category", "BILLING");
		body.put("severity", severity);
		body.put("description", description);
		Api.Response created = manager.api().post("/api/v1/accounts/" + accountId + "/complaints", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	@Test
	void theAccountPageOffersTheComplaintsTab() {
		Page show = signIn(manager).get("/accounts/" + accountId + "?tab=complaints");

		assertThat(show.status()).isEqualTo(200);
		assertThat(show.body()).contains("tab=complaints")
			// the tab's content is rendered in the page, from its section
			.contains("id=\"complaints\"");
	}

	@Test
	void aComplaintIsAddedThroughTheFormAndListedInTheTab() {
		SessionBrowser browser = signIn(manager);
		Page form = browser.get("/accounts/" + accountId + "/complaints/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("type=\"datetime-local\"").contains("for=\"description\"");

		Page saved = browser.postForm("/accounts/" + accountId + "/complaints", form.csrf(), "receivedAt",
				"2026-01-05T09:30", "channel", "WECHAT", "category", "SERVICE", "severity", "HIGH", "description",
				"Engineer <b>late</b> " + marker, "ownerId", String.valueOf(manager.id()), "status", "OPEN");

		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(saved.location()).endsWith("/accounts/" + accountId + "?tab=complaints");
		Page section = browser.get("/accounts/" + accountId + "/complaints/section", "HX-Request", "true");
		assertThat(section.status()).isEqualTo(200);
		assertThat(section.body()).doesNotContain("<html")
			.contains("Engineer &lt;b&gt;late&lt;/b&gt; " + marker)
			.contains("High")
			.contains("Service")
			.contains("Breaching its target");
		String stored = manager.api()
			.get("/api/v1/accounts/" + accountId + "/complaints")
			.json()
			.get("items")
			.get(0)
			.get("receivedAt")
			.asString();
		assertThat(OffsetDateTime.parse(stored).toInstant()).as("entered in Asia/Shanghai, stored in UTC")
			.isEqualTo(OffsetDateTime.parse("2026-01-05T01:30:00Z").toInstant());
	}

	@Test
	void errorsAreShownNextToTheirFieldsInTheUsersLanguage() {
		SessionBrowser browser = signIn(manager);
		long id = addByApi("LOW", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), "Invoice wrong " + marker);
		Page form = browser.get("/accounts/" + accountId + "/complaints/" + id + "/edit");
		assertThat(form.status()).isEqualTo(200);

		Page rejected = browser.postForm("/accounts/" + accountId + "/complaints/" + id, form.csrf(), "receivedAt",
				"2026-01-05T09:30", "channel", "EMAIL", "category", "BILLING", "severity", "LOW", "description",
				"Invoice wrong " + marker, "ownerId", String.valueOf(manager.id()), "status", "RESOLVED", "version",
				"0");

		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.body()).contains("id=\"resolution-error\"")
			.contains("is required to resolve the complaint");

		Page malformed = browser.postForm("/accounts/" + accountId + "/complaints/" + id, form.csrf(), "receivedAt",
				"yesterday", "channel", "EMAIL", "category", "BILLING", "severity", "LOW", "description",
				"Invoice wrong " + marker, "ownerId", String.valueOf(manager.id()), "status", "OPEN", "version", "0");
		assertThat(malformed.status()).isEqualTo(200);
		assertThat(malformed.body()).contains("id=\"receivedAt-error\"")
			.contains("value=\"yesterday\"")
			.contains("must be a date and time");

		browser.setCookie("kam-lang", "zh-CN");
		Page chinese = browser.postForm("/accounts/" + accountId + "/complaints/" + id, form.csrf(), "receivedAt", "",
				"channel", "EMAIL", "category", "BILLING", "severity", "LOW", "description", "", "ownerId",
				String.valueOf(manager.id()), "status", "OPEN", "version", "0");
		assertThat(chinese.status()).isEqualTo(200);
		assertThat(chinese.body()).contains("id=\"description-error\"").contains("id=\"receivedAt-error\"");
		assertThat(chinese.body()).contains("投诉内容");
		Page chineseRule = browser.postForm("/accounts/" + accountId + "/complaints/" + id, form.csrf(), "receivedAt",
				"2026-01-05T09:30", "channel", "EMAIL", "category", "BILLING", "severity", "LOW", "description",
				"Invoice wrong " + marker, "ownerId", String.valueOf(manager.id()), "status", "RESOLVED", "version",
				"0");
		assertThat(chineseRule.body()).contains("标记为已解决时必须填写");
	}

	@Test
	void theCrossAccountListFiltersFromTheUrlAndMarksBreaches() {
		addByApi("CRITICAL", OffsetDateTime.now(ZoneOffset.UTC).minusDays(2), "Overdue " + marker);
		addByApi("LOW", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), "Fresh " + marker);
		SessionBrowser browser = signIn(manager);

		Page all = browser.get("/complaints?accountId=" + accountId);
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.body()).contains("Overdue " + marker).contains("Fresh " + marker).contains("2 complaints");
		assertThat(all.body()).containsPattern("table-danger[^>]*>\\s*<td[^>]*><a[^>]*>Pages Ltd " + marker);

		Page breaching = browser.get("/complaints?accountId=" + accountId + "&breaching=true");
		assertThat(breaching.body()).contains("Overdue " + marker)
			.doesNotContain("Fresh " + marker)
			.contains("Breaching its target")
			.containsPattern("<option value=\"true\" selected");

		Page bad = browser.get("/complaints?severity=HUGE");
		assertThat(bad.status()).isEqualTo(400);
	}

	@Test
	void anEditorDeletesFromTheComplaintsOwnPageWhereAPhoneLeadsWithoutTheTabsButtons() {
		long id = addByApi("LOW", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), "Delete here " + marker);
		SessionBrowser browser = signIn(manager);
		String path = "/accounts/" + accountId + "/complaints/" + id;
		Page form = browser.get(path + "/edit");
		assertThat(form.body()).contains("action=\"" + path + "/delete\"");

		Page deleted = browser.postForm(path + "/delete", form.csrf());

		assertThat(deleted.status()).isEqualTo(302);
		assertThat(browser.get(path + "/edit").status()).isEqualTo(404);
	}

	@Test
	void aReaderSeesTheComplaintButNoButtonsAndCannotPost() {
		long id = addByApi("MEDIUM", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), "Read only " + marker);
		TestUsers.User analyst = users.create("ANALYST");
		SessionBrowser browser = signIn(analyst);

		Page section = browser.get("/accounts/" + accountId + "/complaints/section", "HX-Request", "true");
		assertThat(section.status()).isEqualTo(200);
		assertThat(section.body()).contains("Read only " + marker).doesNotContain("/complaints/new");
		Page view = browser.get("/accounts/" + accountId + "/complaints/" + id + "/edit");
		assertThat(view.status()).isEqualTo(200);
		assertThat(view.body()).contains("<fieldset disabled")
			.doesNotContain(">Save<")
			.doesNotContain("/complaints/" + id + "/delete");
		assertThat(browser.get("/accounts/" + accountId + "/complaints/new").status()).isEqualTo(403);
		assertThat(browser.postForm("/accounts/" + accountId + "/complaints/" + id + "/delete", view.csrf()).status())
			.isEqualTo(403);

		TestUsers.User stranger = users.create("ACCOUNT_MANAGER");
		assertThat(signIn(stranger).get("/accounts/" + accountId + "/complaints/section").status()).isEqualTo(403);
	}

	@Test
	void complaintsShowOnTheAccountTimeline() {
		addByApi("HIGH", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), "On the timeline " + marker);

		Page timeline = signIn(manager).get("/accounts/" + accountId + "/timeline/section?kind=complaints",
				"HX-Request", "true");

		assertThat(timeline.status()).isEqualTo(200);
		assertThat(timeline.body()).contains("On the timeline " + marker).contains("Billing · High · Open");
	}

	@Test
	void theNotificationsPageListsTheUsersNotifications() {
		Page page = signIn(users.create("MANAGER")).get("/notifications");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"/notifications?unread=true\"").contains("href=\"/complaints\"");
	}

	@Test
	void aManagerCreatedAfterTheEscalationSeesTheBreachOnHisNotificationsPage() {
		TestUsers.User earlier = users.create("MANAGER");
		long complaint = addByApi("CRITICAL", OffsetDateTime.now(ZoneOffset.UTC).minusDays(3), "Late " + marker);
		escalation.run();
		Deliveries.awaitAll(publications);
		String link = "/accounts/" + accountId + "/complaints/" + complaint + "/edit";
		Api.Response earliers = earlier.api().get("/api/v1/notifications?size=200");
		earliers.json().get("items").forEach(n -> {
			if (n.get("link").asString().equals(link)) {
				earlier.api().post("/api/v1/notifications/" + n.get("id").asLong() + "/read", null);
			}
		});

		TestUsers.User later = users.create("MANAGER");
		SessionBrowser browser = signIn(later);
		Page all = browser.get("/notifications");
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.body()).contains("href=\"" + link + "\"");
		assertThat(all.text()).contains("Complaint #" + complaint + " of Pages Ltd " + marker);
		assertThat(browser.get("/notifications?unread=true").body()).as("unread for him")
			.contains("href=\"" + link + "\"");
		assertThat(signIn(earlier).get("/notifications?unread=true").body()).as("read by the first manager")
			.doesNotContain("href=\"" + link + "\"");
	}

	@Test
	void aPageBeyondTheCountedRowsIsABadRequestNotAnError() {
		SessionBrowser browser = signIn(manager);
		Page list = browser.get("/complaints");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.text()).contains("0 complaints");

		assertThat(browser.get("/complaints?page=999999").status()).isEqualTo(400);
	}

}
