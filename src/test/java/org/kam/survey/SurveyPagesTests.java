package org.kam.survey;

import java.util.HashMap;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The surveys tab, the survey form and link creation, through a signed-in browser
 * session.
 */
@H2Test
class SurveyPagesTests {

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
		accountId = SurveyApiTests.createAccount(manager, "Paged Co " + marker);
		contactId = SurveyApiTests.addContact(manager, accountId, "Wang Wu " + marker);
	}

	long addSurvey(String date, int overall, String suggestions) {
		Map<String, Object> body = new HashMap<>(Map.of("surveyedOn", date, "productQuality", 4, "serviceAttitude", 4,
				"responseSpeed", 3, "overall", overall, "nps", 8, "respondentContactId", contactId));
		body.put("suggestions", suggestions);
		Api.Response created = manager.api().post(SurveyApiTests.surveys(accountId), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	String section() {
		return "/accounts/" + accountId + "/surveys/section";
	}

	@Test
	void theTabShowsTheTrendTheSurveysAndTheLinks() {
		addSurvey("2026-01-10", 3, "<script>alert(1)</script>");
		addSurvey("2026-02-10", 5, "great");
		SessionBrowser browser = signIn(manager);

		Page tab = browser.get(section(), "HX-Request", "true");

		assertThat(tab.status()).isEqualTo(200);
		assertThat(tab.body()).doesNotContain("<html").contains("data-chart=\"line\"").contains("data-datasets=");
		assertThat(tab.text()).contains("[\"2026-01\",\"2026-02\"]").contains("Product quality");
		assertThat(tab.body()).contains("Wang Wu " + marker).contains("great");
		assertThat(tab.body()).as("escaped").doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
		assertThat(tab.body()).contains("href=\"/accounts/" + accountId + "/surveys/new\"").contains("Create link");

		Page account = browser.get("/accounts/" + accountId + "?tab=surveys");
		assertThat(account.status()).isEqualTo(200);
		// the tab's content is rendered in the page, from its section
		assertThat(account.body()).contains("id=\"surveys\"").contains("id=\"survey-trend\"").contains(">Surveys<");
	}

	@Test
	void surveysAreOnTheAccountsTimelineAtTheStartOfTheirDay() {
		addSurvey("2026-01-10", 3, "on the timeline");
		SessionBrowser browser = signIn(manager);
		String timeline = "/accounts/" + accountId + "/timeline/section?kind=surveys";

		Page all = browser.get(timeline);

		assertThat(all.status()).isEqualTo(200);
		assertThat(all.text()).contains("Satisfaction survey: overall 3/5, NPS 8").contains("on the timeline");
		assertThat(browser.get(timeline + "&before=2026-01-10T00:00:00%2B08:00").text())
			.doesNotContain("on the timeline");
		assertThat(browser.get(timeline + "&before=2026-01-10T00:00:01%2B08:00").text()).contains("on the timeline");
	}

	@Test
	void theTabSpeaksChinese() {
		addSurvey("2026-01-10", 4, null);
		SessionBrowser browser = signIn(manager);
		browser.setCookie("kam-lang", "zh-CN");

		Page tab = browser.get(section());

		assertThat(tab.body()).contains("满意度趋势").contains("产品质量").contains("生成链接");
	}

	@Test
	void theFormShowsErrorsNextToTheFieldsAndSaves() {
		SessionBrowser browser = signIn(manager);
		Page form = browser.get("/accounts/" + accountId + "/surveys/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("<label class=\"form-label\" for=\"surveyedOn\"")
			.contains("for=\"productQuality\"")
			.contains("for=\"respondentName\"");

		Page invalid = browser.postForm("/accounts/" + accountId + "/surveys", form.csrf(), "surveyedOn", "2026-03-01",
				"productQuality", "4", "serviceAttitude", "9", "responseSpeed", "3", "nps", "11");

		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.body()).contains("id=\"serviceAttitude-error\"")
			.contains("must be a whole number from 1 to 5")
			.contains("id=\"overall-error\"")
			.contains("id=\"nps-error\"");

		Page noRespondent = browser.postForm("/accounts/" + accountId + "/surveys", invalid.csrf(), "surveyedOn",
				"2026-03-01", "productQuality", "4", "serviceAttitude", "4", "responseSpeed", "3", "overall", "4");
		assertThat(noRespondent.body()).contains("id=\"respondentName-error\"")
			.contains("is required when no contact is chosen");

		Page saved = browser.postForm("/accounts/" + accountId + "/surveys", noRespondent.csrf(), "surveyedOn",
				"2026-03-01", "productQuality", "4", "serviceAttitude", "4", "responseSpeed", "3", "overall", "4",
				"respondentContactId", Long.toString(contactId), "suggestions", "更多培训");
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(saved.location()).isEqualTo("/accounts/" + accountId + "?tab=surveys");
		assertThat(browser.get(section()).body()).contains("更多培训");
	}

	@Test
	void anEditKeepsTheVersionAndAStaleEditShowsTheirVersion() {
		long id = addSurvey("2026-01-10", 3, "first answer");
		SessionBrowser browser = signIn(manager);
		Page edit = browser.get("/accounts/" + accountId + "/surveys/" + id + "/edit");
		assertThat(edit.body()).contains("first answer")
			.containsPattern("name=\"version\" value=\"0\"")
			.as("a date input needs the ISO date")
			.containsPattern("name=\"surveyedOn\" value=\"2026-01-10\"");

		String[] change = { "surveyedOn", "2026-01-10", "productQuality", "4", "serviceAttitude", "4", "responseSpeed",
				"3", "overall", "5", "respondentContactId", Long.toString(contactId), "suggestions", "second",
				"version", "0" };
		Page saved = browser.postForm("/accounts/" + accountId + "/surveys/" + id, edit.csrf(), change);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);

		Page stale = browser.postForm("/accounts/" + accountId + "/surveys/" + id, edit.csrf(), change);
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone changed this survey")
			.containsPattern("name=\"version\" value=\"1\"");

		Page deleted = browser.postForm("/accounts/" + accountId + "/surveys/" + id + "/delete", stale.csrf());
		assertThat(deleted.status()).isEqualTo(302);
		assertThat(browser.get(section()).body()).doesNotContain("second answer").contains("No surveys yet.");
	}

	@Test
	void aReaderSeesTheTabWithoutButtonsAndCannotOpenTheForm() {
		addSurvey("2026-01-10", 4, "visible");
		SessionBrowser analyst = signIn(users.create("ANALYST"));

		Page tab = analyst.get(section());

		assertThat(tab.status()).isEqualTo(200);
		assertThat(tab.body()).contains("visible").doesNotContain("/surveys/new").doesNotContain("Create link");
		assertThat(analyst.get("/accounts/" + accountId + "/surveys/new").status()).isEqualTo(403);
		assertThat(signIn(users.create("ACCOUNT_MANAGER")).get(section()).status()).isEqualTo(403);
	}

	@Test
	void creatingALinkShowsItOnceInTheTabOrOnAPage() {
		SessionBrowser browser = signIn(manager);
		String csrf = browser.get("/accounts/" + accountId + "/surveys/new").csrf();

		Page fragment = browser.postForm("/accounts/" + accountId + "/surveys/invitations", csrf, "contactId",
				Long.toString(contactId), "expiresInDays", "7");
		assertThat(fragment.status()).isEqualTo(200);
		assertThat(fragment.body()).containsPattern("value=\"http://localhost:\\d+/s/[A-Za-z0-9_-]{43}\"");

		Page htmx = browser.send("POST", "/accounts/" + accountId + "/surveys/invitations",
				"expiresInDays=3&_csrf=" + SessionBrowser.encode(csrf), "Content-Type",
				"application/x-www-form-urlencoded", "HX-Request", "true");
		assertThat(htmx.status()).isEqualTo(200);
		assertThat(htmx.body()).doesNotContain("<html")
			.contains("id=\"survey-links\"")
			.containsPattern("/s/[A-Za-z0-9_-]{43}");

		Page tooLong = browser.postForm("/accounts/" + accountId + "/surveys/invitations", csrf, "expiresInDays",
				"365");
		assertThat(tooLong.body()).contains("id=\"expiresInDays-error\"").doesNotContainPattern("/s/[A-Za-z0-9_-]{43}");

		Page tab = browser.get(section());
		assertThat(tab.body()).as("the links are listed, never shown again")
			.doesNotContainPattern("/s/[A-Za-z0-9_-]{43}");
		assertThat(tab.body()).contains("Open");
	}

	private SessionBrowser signIn(TestUsers.User user) {
		return new SessionBrowser(port).signIn(user.username(), TestUsers.PASSWORD);
	}

}
