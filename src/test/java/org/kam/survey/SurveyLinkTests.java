package org.kam.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser;
import org.kam.web.SessionBrowser.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public survey link as a customer's browser uses it: no login, one answer, then
 * closed; expired, revoked and unknown links refused with a page of their own.
 */
@H2Test
class SurveyLinkTests {

	private static final String[] ANSWERS = { "productQuality", "4", "serviceAttitude", "5", "responseSpeed", "3",
			"overall", "4", "nps", "9", "needs", "更快的交付", "suggestions", "Keep going" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	TestUsers.User manager;

	String marker;

	long accountId;

	long contactId;

	@BeforeEach
	void setUp() {
		Api api = new Api(port);
		manager = new TestUsers(api).create("ACCOUNT_MANAGER");
		marker = "l" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Api.Response account = manager.api()
			.post("/api/v1/accounts", Map.of("name", "Linked Co " + marker, "notes", "secret note " + marker));
		accountId = account.id();
		contactId = SurveyApiTests.addContact(manager, accountId, "Li Si " + marker);
	}

	String createLink(Map<String, Object> body) {
		Api.Response created = manager.api().post(SurveyApiTests.surveys(accountId) + "/invitations", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("url").asString().replaceFirst("^http://localhost:\\d+", "");
	}

	Page submit(SessionBrowser browser, String path, String csrf, String... extra) {
		String[] fields = new String[ANSWERS.length + extra.length];
		System.arraycopy(ANSWERS, 0, fields, 0, ANSWERS.length);
		System.arraycopy(extra, 0, fields, ANSWERS.length, extra.length);
		return browser.postForm(path, csrf, fields);
	}

	@Test
	void aCustomerOpensTheLinkWithoutSigningInAndSeesOnlyTheCompanyName() {
		String path = createLink(Map.of("contactId", contactId));
		SessionBrowser customer = new SessionBrowser(port);

		Page page = customer.get(path, "Accept-Language", "en");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Linked Co " + marker).contains("Customer satisfaction survey");
		assertThat(page.body()).doesNotContain("secret note").doesNotContain("Li Si");
		assertThat(page.body()).as("no link into the application")
			.doesNotContain("href=\"/accounts")
			.doesNotContain("href=\"/\"")
			.doesNotContain("/logout");
		assertThat(page.body()).as("the contact answers, no name asked").doesNotContain("name=\"respondentName\"");
		assertThat(page.body()).contains("name=\"_csrf\"");
		assertThat(page.header("Cache-Control")).contains("no-store");
	}

	@Test
	void theAnswerIsRecordedOnceAndASecondSubmitIsRefused() {
		String path = createLink(Map.of("contactId", contactId));
		SessionBrowser customer = new SessionBrowser(port);
		String csrf = customer.get(path).csrf();

		Page sent = submit(customer, path, csrf);

		assertThat(sent.status()).as(sent.toString()).isEqualTo(302);
		assertThat(sent.location()).isEqualTo(path);
		Page thanks = customer.get(path);
		assertThat(thanks.status()).isEqualTo(200);
		assertThat(thanks.body()).contains("id=\"survey-thanks\"");

		JsonNode list = manager.api().get(SurveyApiTests.surveys(accountId)).json();
		assertThat(list.get("total").asLong()).isEqualTo(1);
		JsonNode survey = list.get("items").get(0);
		assertThat(survey.get("source").asString()).isEqualTo("LINK");
		assertThat(survey.get("respondentContactId").asLong()).isEqualTo(contactId);
		assertThat(survey.get("productQuality").asInt()).isEqualTo(4);
		assertThat(survey.get("nps").asInt()).isEqualTo(9);
		assertThat(survey.get("needs").asString()).isEqualTo("更快的交付");
		JsonNode link = manager.api()
			.get(SurveyApiTests.surveys(accountId) + "/invitations")
			.json()
			.get("items")
			.get(0);
		assertThat(link.get("status").asString()).isEqualTo("USED");
		assertThat(link.get("surveyId").asLong()).isEqualTo(survey.get("id").asLong());

		Page again = submit(customer, path, csrf);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("id=\"survey-used\"").contains("already been answered");
		Page reopened = new SessionBrowser(port).get(path);
		assertThat(reopened.status()).isEqualTo(410);
		assertThat(reopened.body()).contains("id=\"survey-used\"");
		assertThat(manager.api().get(SurveyApiTests.surveys(accountId)).json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void aLinkWithoutContactAsksForTheNameAndMissingAnswersAreShownNextToTheQuestions() {
		String path = createLink(Map.of());
		SessionBrowser customer = new SessionBrowser(port);
		customer.setCookie("kam-lang", "zh-CN");
		Page form = customer.get(path);
		assertThat(form.body()).contains("name=\"respondentName\"").contains("客户满意度调查");

		Page missing = customer.postForm(path, form.csrf(), "productQuality", "4", "nps", "12");

		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.body()).contains("id=\"serviceAttitude-error\"")
			.contains("id=\"overall-error\"")
			.contains("id=\"nps-error\"")
			.contains("id=\"respondentName-error\"")
			.contains("请选择一个评分");
		assertThat(manager.api().get(SurveyApiTests.surveys(accountId)).json().get("total").asLong()).isZero();

		Page sent = submit(customer, path, missing.csrf(), "respondentName", "赵六");
		assertThat(sent.status()).as(sent.toString()).isEqualTo(302);
		JsonNode survey = manager.api().get(SurveyApiTests.surveys(accountId)).json().get("items").get(0);
		assertThat(survey.get("respondentName").asString()).isEqualTo("赵六");
		assertThat(survey.get("respondentContactId").isNull()).isTrue();
	}

	@Test
	void anExpiredLinkIsRefused() throws Exception {
		SessionBrowser customer = new SessionBrowser(port);
		String csrf = customer.get(createLink(Map.of())).csrf();
		String expired = createLink(Map.of("expiresInDays", 1));
		jdbc.sql("update survey_invitation set expires_at = created_at - interval '1' day where id = :id")
			.param("id", idOf(expired))
			.update();
		Page page = customer.get(expired);
		assertThat(page.status()).isEqualTo(410);
		assertThat(page.body()).contains("id=\"survey-expired\"");
		assertThat(submit(customer, expired, csrf).status()).isEqualTo(410);

		assertThat(manager.api().get(SurveyApiTests.surveys(accountId)).json().get("total").asLong()).isZero();
	}

	@Test
	void onlyTheHashOfTheTokenIsStored() throws Exception {
		String path = createLink(Map.of());
		String token = path.substring("/s/".length());

		String stored = jdbc.sql("select token_hash from survey_invitation where account_id = :id")
			.param("id", accountId)
			.query(String.class)
			.single();

		byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		assertThat(stored).isEqualTo(HexFormat.of().formatHex(digest)).doesNotContain(token);
	}

	@Test
	void aRevokedLinkIsRefused() {
		String path = createLink(Map.of());
		long id = manager.api()
			.get(SurveyApiTests.surveys(accountId) + "/invitations")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		assertThat(manager.api().delete(SurveyApiTests.surveys(accountId) + "/invitations/" + id).status())
			.isEqualTo(204);

		Page page = new SessionBrowser(port).get(path);

		assertThat(page.status()).isEqualTo(410);
		assertThat(page.body()).contains("id=\"survey-expired\"");
	}

	@Test
	void anUnknownTokenIsNotFoundOnAPublicPage() {
		SessionBrowser customer = new SessionBrowser(port);
		Page wellFormed = customer.get("/s/" + "A".repeat(43));
		assertThat(wellFormed.status()).isEqualTo(404);
		assertThat(wellFormed.body()).contains("id=\"survey-unknown\"").doesNotContain("href=\"/\"");
		assertThat(customer.get("/s/not-a-token").status()).isEqualTo(404);
		String csrf = customer.get(createLink(Map.of())).csrf();
		assertThat(customer.postForm("/s/" + "B".repeat(43), csrf, ANSWERS).status()).isEqualTo(404);
	}

	@Test
	void theLanguageSwitchOnThePageIsRemembered() {
		String path = createLink(Map.of("contactId", contactId));
		SessionBrowser customer = new SessionBrowser(port);
		assertThat(customer.get(path, "Accept-Language", "zh-CN").body()).contains("提交");

		Page switched = customer.get(path + "?lang=en");

		assertThat(switched.status()).isEqualTo(302);
		assertThat(switched.location()).isEqualTo(path);
		Page english = customer.get(path, "Accept-Language", "zh-CN");
		assertThat(english.body()).contains("Send my answers").contains("lang=\"en\"");
	}

	@Test
	void aSubmitWithoutTheCsrfTokenIsRefused() {
		String path = createLink(Map.of("contactId", contactId));
		SessionBrowser customer = new SessionBrowser(port);
		customer.get(path);

		assertThat(submit(customer, path, null).status()).isEqualTo(403);
		assertThat(manager.api().get(SurveyApiTests.surveys(accountId)).json().get("total").asLong()).isZero();
	}

	/** The id of the link whose token hashes as the path's. */
	private long idOf(String path) throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256")
			.digest(path.substring("/s/".length()).getBytes(StandardCharsets.US_ASCII));
		return jdbc.sql("select id from survey_invitation where token_hash = :hash")
			.param("hash", HexFormat.of().formatHex(digest))
			.query(Long.class)
			.single();
	}

}
