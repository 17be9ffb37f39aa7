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

/** The surveys page across accounts ({@code /surveys}) through a signed-in session. */
@H2Test
class SurveyListPagesTests {

	@LocalServerPort
	int port;

	TestUsers users;

	TestUsers.User owner;

	String marker;

	long accountId;

	long contactId;

	@BeforeEach
	void setUp() {
		users = new TestUsers(new Api(port));
		owner = users.create("ACCOUNT_MANAGER");
		marker = "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = SurveyApiTests.createAccount(owner, "Listed Co " + marker);
		contactId = SurveyApiTests.addContact(owner, accountId, "Chen Liu " + marker);
	}

	void add(TestUsers.User by, long account, String date, int overall, Integer nps, String respondent) {
		Map<String, Object> body = new HashMap<>(Map.of("surveyedOn", date, "productQuality", 4, "serviceAttitude", 3,
				"responseSpeed", 2, "overall", overall, "respondentName", respondent));
		body.put("nps", nps);
		Api.Response created = by.api().post(SurveyApiTests.surveys(account), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	SessionBrowser signIn(TestUsers.User user) {
		return new SessionBrowser(port).signIn(user.username(), TestUsers.PASSWORD);
	}

	@Test
	void theListShowsTheSurveysOfTheAccountsTheUserMayReadOnly() {
		add(owner, accountId, "2026-02-01", 4, 9, "Mine " + marker);
		Map<String, Object> byContact = new HashMap<>(Map.of("surveyedOn", "2026-03-01", "productQuality", 5,
				"serviceAttitude", 5, "responseSpeed", 5, "overall", 5, "nps", 10, "respondentContactId", contactId));
		assertThat(owner.api().post(SurveyApiTests.surveys(accountId), byContact).status()).isEqualTo(201);
		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		long theirs = SurveyApiTests.createAccount(colleague, "Theirs Co " + marker);
		add(colleague, theirs, "2026-02-02", 2, 3, "Theirs " + marker);

		Page mine = signIn(owner).get("/surveys");

		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body()).contains("Mine " + marker)
			.contains("Chen Liu " + marker)
			.contains("Listed Co " + marker)
			.contains("href=\"/accounts/" + accountId + "?tab=surveys\"")
			.contains("Promoter (9–10)")
			.contains("2 surveys")
			.doesNotContain("Theirs " + marker)
			.contains("href=\"/surveys\"");
		assertThat(mine.body().indexOf("Chen Liu " + marker)).as("newest first")
			.isLessThan(mine.body().indexOf("Mine " + marker));
		assertThat(mine.body()).contains("aria-sort=\"descending\"")
			.contains("href=\"/surveys?sort=surveyedOn%2Casc\"")
			.contains("href=\"/surveys?sort=overall%2Cdesc\"");

		Page analyst = signIn(users.create("ANALYST")).get("/surveys?ownerId=" + colleague.id());
		assertThat(analyst.body()).contains("Theirs " + marker).doesNotContain("Mine " + marker);
		Page colleagues = signIn(colleague).get("/surveys?ownerId=" + owner.id());
		assertThat(colleagues.status()).isEqualTo(200);
		assertThat(colleagues.body()).doesNotContain("Mine " + marker).contains("0 surveys");
	}

	@Test
	void theFiltersComeFromTheUrlAndStayInTheForm() {
		add(owner, accountId, "2026-01-10", 2, 4, "Unhappy " + marker);
		add(owner, accountId, "2026-02-10", 5, 10, "Happy " + marker);
		add(owner, accountId, "2026-03-10", 3, 8, "Lukewarm " + marker);
		SessionBrowser browser = signIn(owner);

		Page unhappy = browser.get("/surveys?maxOverall=3");
		assertThat(unhappy.body()).contains("Unhappy " + marker)
			.contains("Lukewarm " + marker)
			.doesNotContain("Happy " + marker)
			.containsPattern("<option value=\"3\" selected");
		Page detractors = browser.get("/surveys?npsGroup=DETRACTOR");
		assertThat(detractors.body()).contains("Unhappy " + marker)
			.doesNotContain("Lukewarm " + marker)
			.containsPattern("<option value=\"DETRACTOR\" selected");
		Page february = browser.get("/surveys?from=2026-02-01&to=2026-02-28&ownerId=" + owner.id());
		assertThat(february.body()).contains("Happy " + marker)
			.doesNotContain("Unhappy " + marker)
			.doesNotContain("Lukewarm " + marker)
			.contains("value=\"2026-02-01\"")
			.containsPattern("<option value=\"" + owner.id() + "\" selected");
		Page byScore = browser.get("/surveys?sort=overall,asc");
		assertThat(byScore.body().indexOf("Unhappy " + marker))
			.isLessThan(byScore.body().indexOf("Lukewarm " + marker));
		assertThat(byScore.body().indexOf("Lukewarm " + marker)).isLessThan(byScore.body().indexOf("Happy " + marker));

		Page partial = browser.get("/surveys?maxOverall=2", "HX-Request", "true");
		assertThat(partial.status()).isEqualTo(200);
		assertThat(partial.body()).doesNotContain("<html").contains("Unhappy " + marker).doesNotContain("Lukewarm");
	}

	@Test
	void theListPagesWithTheSharedPagination() {
		for (int day = 1; day <= 3; day++) {
			add(owner, accountId, "2026-01-0" + day, 4, 9, "Day " + day + " " + marker);
		}
		SessionBrowser browser = signIn(owner);

		Page first = browser.get("/surveys?size=2");
		assertThat(first.body()).contains("Day 3 " + marker, "Day 2 " + marker)
			.doesNotContain("Day 1 " + marker)
			.contains("Page 1 of 2")
			.contains("href=\"/surveys?page=1&amp;size=2\" rel=\"next\"");
		Page second = browser.get("/surveys?page=1&size=2");
		assertThat(second.body()).contains("Day 1 " + marker).contains("Page 2 of 2").contains("rel=\"prev\"");
	}

	@Test
	void badFilterValuesAnswer400WithAMessagePerField() {
		SessionBrowser browser = signIn(owner);

		Page bad = browser.get("/surveys?from=notadate&maxOverall=9&npsGroup=HAPPY&ownerId=x");

		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.text()).contains("Some filters are not valid")
			.contains("Surveyed from: must be a date (yyyy-MM-dd)")
			.contains("Overall at most: must be a whole number from 1 to 5")
			.contains("NPS group: must be one of PROMOTER, PASSIVE, DETRACTOR")
			.contains("Account owner: must be a whole number");
		assertThat(bad.body()).contains("value=\"notadate\"").contains("is-invalid");
		assertThat(browser.get("/surveys?from=2026-03-01&to=2026-02-01").text())
			.contains("Surveyed to: must not be before from");
		assertThat(browser.get("/surveys?sort=nps").status()).isEqualTo(400);
		assertThat(browser.get("/surveys?page=x").status()).isEqualTo(400);
		assertThat(browser.get("/surveys?size=0").status()).isEqualTo(400);
		assertThat(browser.get("/surveys?page=9999").status()).isEqualTo(400);
		assertThat(browser.get("/surveys?maxOverall=9", "HX-Request", "true").status()).isEqualTo(400);

		Page chinese = browser.get("/surveys?maxOverall=9", "Accept-Language", "zh-CN");
		assertThat(chinese.status()).isEqualTo(400);
		assertThat(chinese.text()).contains("以下筛选条件无效").contains("总体评分不高于");
	}

	@Test
	void anonymousVisitorsAreSentToTheLogin() {
		Page anonymous = new SessionBrowser(port).get("/surveys");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).contains("/login");
	}

	@Test
	void theMenuLeadsToThePageInBothLanguages() {
		add(owner, accountId, "2026-01-10", 1, 0, "中文 " + marker);
		SessionBrowser browser = signIn(owner);

		assertThat(browser.get("/").body()).contains("href=\"/surveys\"");
		Page chinese = browser.get("/surveys", "Accept-Language", "zh-CN");
		assertThat(chinese.body()).contains("客户满意度调查").contains("满意度调查").contains("贬损者（0–6）").contains("中文 " + marker);
	}

}
