package org.kam.account.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.account.UnifiedSocialCreditCode;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser;
import org.kam.web.SessionBrowser.Page;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account pages through real HTTP with a signed-in browser session: list, htmx,
 * forms, access, language.
 */
@H2Test
class AccountPagesTests {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final Pattern CREATED = Pattern.compile("^/accounts/(\\d+)$");

	private static final String FORBIDDEN_TEXT = "Your roles do not allow you to open this page.";

	private static final String NOT_FOUND_TEXT = "There is nothing at this address. It may have been moved or deleted.";

	private static final String BAD_REQUEST_TEXT = "The request could not be handled. Check the address or the data you sent.";

	@LocalServerPort
	int port;

	Api api;

	TestUsers users;

	String marker;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		users = new TestUsers(api);
		marker = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	// --- the list ---

	@Test
	void theListShowsTheStatusTabsAndTheAccounts() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		createAccount(manager, "Listed " + marker, "COOPERATING", "A");
		SessionBrowser browser = signIn(manager);

		Page list = browser.get("/accounts");

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("<html").contains("id=\"results\"").contains("Listed " + marker);
		String tabs = between(list.body(), "nav-tabs", "</ul>");
		assertThat(tabs).contains("All", "Cooperating", "Intended", "Potential", "Terminated");
		assertThat(list.body()).as("the new-account button").contains("href=\"/accounts/new\"");
	}

	@Test
	void anAdminSeesEveryonesAccountsInTheList() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		createAccount(manager, "Admin sees " + marker, "INTENDED", null);
		SessionBrowser admin = signInAdmin();

		Page list = admin.get("/accounts?q=" + marker);

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Admin sees " + marker).contains("1 accounts");
	}

	@Test
	void htmxGetsOnlyTheResultsButAHistoryRestoreTheWholePage() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		createAccount(manager, "Fragment " + marker, "POTENTIAL", null);
		SessionBrowser browser = signIn(manager);

		Page fragment = browser.get("/accounts?q=" + marker, "HX-Request", "true");

		assertThat(fragment.status()).isEqualTo(200);
		assertThat(fragment.body()).doesNotContain("<html")
			.doesNotContain("<head")
			.contains("id=\"results\"")
			.contains("Fragment " + marker);
		assertThat(fragment.body()).as("the status select, out of band")
			.containsPattern(
					"id=\"status-field\"[^>]*hx-swap-oob=\"true\"|hx-swap-oob=\"true\"[^>]*id=\"status-field\"");
		assertThat(fragment.body()).as("the sort field, out of band").containsPattern("id=\"sort\"[^>]*hx-swap-oob");

		Page restore = browser.get("/accounts?q=" + marker, "HX-Request", "true", "HX-History-Restore-Request", "true");

		assertThat(restore.status()).isEqualTo(200);
		assertThat(restore.body()).contains("<html")
			.contains("id=\"filters\"")
			.contains("id=\"results\"")
			.contains("Fragment " + marker);
		assertThat(restore.body()).as("no out-of-band swaps in a full page").doesNotContain("hx-swap-oob");
	}

	@Test
	void filtersSortAndPageComeFromTheUrl() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		createAccount(manager, "Alpha " + marker, "COOPERATING", "A");
		createAccount(manager, "Beta " + marker, "POTENTIAL", "B");
		createAccount(manager, "Gamma " + marker, "INTENDED", "A");
		SessionBrowser browser = signIn(manager);
		String q = "/accounts?q=" + marker;

		Page all = browser.get(q);
		assertThat(names(all)).containsExactly("Alpha", "Beta", "Gamma");

		Page cooperating = browser.get(q + "&status=COOPERATING");
		assertThat(cooperating.status()).isEqualTo(200);
		assertThat(names(cooperating)).containsExactly("Alpha");
		assertThat(cooperating.body()).as("the tab is active")
			.containsPattern("class=\"nav-link active\"[^>]*aria-current=\"page\"[^>]*>\\s*<span>Cooperating</span>");
		assertThat(cooperating.body()).as("the status select keeps the filter")
			.containsPattern("<option value=\"COOPERATING\" selected=\"selected\"");

		assertThat(names(browser.get(q + "&tier=A"))).containsExactly("Alpha", "Gamma");
		assertThat(names(browser.get(q + "&tier=A&status=INTENDED"))).containsExactly("Gamma");
		assertThat(names(browser.get(q + "&sort=name,desc"))).containsExactly("Gamma", "Beta", "Alpha");
		assertThat(names(browser.get(q + "&sort=name%2Cdesc&tier=A"))).containsExactly("Gamma", "Alpha");

		Page second = browser.get(q + "&size=1&page=1");
		assertThat(second.status()).isEqualTo(200);
		assertThat(names(second)).containsExactly("Beta");
		assertThat(second.body()).contains("Page 2 of 3").contains("3 accounts");
		assertThat(names(browser.get(q + "&size=1&page=2&sort=name,desc"))).containsExactly("Alpha");
	}

	@Test
	void anInvalidFilterValueIsABadRequestPageNotAServerError() {
		SessionBrowser browser = signIn(users.create("ACCOUNT_MANAGER"));

		assertErrorPage(browser.get("/accounts?status=NOPE"), 400, BAD_REQUEST_TEXT);
		assertErrorPage(browser.get("/accounts?page=abc"), 400, BAD_REQUEST_TEXT);
	}

	@Test
	void anImpossiblePageOrSortIsABadRequestPage() {
		SessionBrowser browser = signIn(users.create("ACCOUNT_MANAGER"));

		for (String query : List.of("page=-1", "size=0", "size=100000", "sort=password", "sort=name,sideways")) {
			assertErrorPage(browser.get("/accounts?" + query), 400, BAD_REQUEST_TEXT);
			assertErrorPage(browser.get("/accounts?" + query, "HX-Request", "true"), 400, BAD_REQUEST_TEXT);
		}
	}

	// --- create ---

	@Test
	void anAccountIsCreatedThroughTheForm() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		SessionBrowser browser = signIn(manager);
		String uscc = validUscc();
		Page form = browser.get("/accounts/new");
		assertThat(form.status()).isEqualTo(200);

		Page created = browser.postForm("/accounts", form.csrf(), "name", "Created " + marker, "uscc", uscc, "status",
				"INTENDED", "urgency", "URGENT", "tags", "a, b");

		assertThat(created.status()).as(created.toString()).isEqualTo(302);
		Matcher id = CREATED.matcher(created.location());
		assertThat(id.matches()).as(created.location()).isTrue();
		JsonNode stored = manager.api().get("/api/v1/accounts/" + id.group(1)).json();
		assertThat(stored.get("name").asString()).isEqualTo("Created " + marker);
		assertThat(stored.get("uscc").asString()).isEqualTo(uscc);
		assertThat(stored.get("status").asString()).isEqualTo("INTENDED");
		assertThat(stored.get("urgency").asString()).isEqualTo("URGENT");
		assertThat(stored.get("ownerId").asLong()).isEqualTo(manager.id());
		assertThat(stored.get("tags").toString()).isEqualTo("[\"a\",\"b\"]");

		Page show = browser.get(created.location());
		assertThat(show.status()).isEqualTo(200);
		assertThat(show.text()).contains("Account created.").contains("Created " + marker).contains(uscc);
		assertThat(browser.get(created.location()).text()).as("the flash shows once")
			.doesNotContain("Account created.");
	}

	@Test
	void aBadUsccShowsTheFormAgainWithTheReason() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		SessionBrowser browser = signIn(manager);
		String csrf = browser.get("/accounts/new").csrf();

		Page refused = browser.postForm("/accounts", csrf, "name", "Bad code " + marker, "uscc",
				wrongCheckCharacter(validUscc()), "status", "POTENTIAL", "urgency", "CAN_WAIT", "tags", "a, b");

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("<form").contains("is-invalid");
		assertThat(refused.text()).contains("check character (the 18th) is wrong").contains("Bad code " + marker);
		assertThat(manager.api().get("/api/v1/accounts?q=" + marker).json().get("total").asLong()).isZero();
	}

	@Test
	void theUsccReasonIsInChineseForAChineseUser() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		SessionBrowser browser = signIn(manager);
		Page switched = browser.get("/language/zh-CN?return=/accounts/new");
		assertThat(switched.status()).isEqualTo(302);
		assertThat(browser.cookie("kam-lang")).isEqualTo("zh-CN");
		Page form = browser.get(switched.location());
		assertThat(form.body()).contains("新建客户");

		Page refused = browser.postForm("/accounts", form.csrf(), "name", "错误代码 " + marker, "uscc",
				wrongCheckCharacter(validUscc()), "status", "POTENTIAL", "urgency", "CAN_WAIT");

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("校验码").doesNotContain("check character");
	}

	@Test
	void theLanguageCookieAloneIsEnough() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		SessionBrowser browser = signIn(manager);
		browser.setCookie("kam-lang", "zh-CN");

		Page refused = browser.postForm("/accounts", browser.get("/accounts/new").csrf(), "name", "Cookie " + marker,
				"uscc", wrongCheckCharacter(validUscc()));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("校验码");
	}

	@Test
	void theUsccCheckAnswersWithTheFeedbackFragment() {
		SessionBrowser browser = signIn(users.create("ACCOUNT_MANAGER"));
		String valid = validUscc();

		Page ok = browser.get("/accounts/uscc-check?uscc=" + valid, "HX-Request", "true");
		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.body()).doesNotContain("<html").contains("id=\"uscc-feedback\"").contains("Valid code");

		Page spaced = browser.get("/accounts/uscc-check?uscc="
				+ SessionBrowser.encode(valid.substring(0, 6) + " " + valid.substring(6).toLowerCase()));
		assertThat(spaced.body()).as("spaces and lower case are tolerated").contains("Valid code");

		Page bad = browser.get("/accounts/uscc-check?uscc=" + wrongCheckCharacter(valid), "HX-Request", "true");
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).doesNotContain("<html").contains("id=\"uscc-feedback\"").doesNotContain("Valid code");
		assertThat(bad.text()).contains("check character (the 18th) is wrong: it should be '" + valid.charAt(17) + "'");
	}

	@Test
	void theUsccCheckOfAnEmptyFieldAnswersWithAnEmptyFeedback() {
		SessionBrowser browser = signIn(users.create("ACCOUNT_MANAGER"));

		List<String> statuses = new ArrayList<>();
		for (String path : List.of("/accounts/uscc-check?uscc=", "/accounts/uscc-check?uscc=%20%20",
				"/accounts/uscc-check")) {
			statuses.add(path + " -> " + browser.get(path, "HX-Request", "true").status());
		}
		assertThat(statuses).allMatch(line -> line.endsWith(" -> 200"));

		Page empty = browser.get("/accounts/uscc-check?uscc=", "HX-Request", "true");
		assertThat(empty.body()).contains("id=\"uscc-feedback\"")
			.doesNotContain("Valid code")
			.doesNotContain("invalid-feedback");
	}

	@Test
	void theUsccCheckSaysWhichAccountAlreadyHasTheCode() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		TestUsers.User other = users.create("ACCOUNT_MANAGER");
		String mine = validUscc();
		String theirs = validUscc();
		long myId = createAccount(manager, "Holder " + marker, mine);
		long theirId = createAccount(other, "Hidden " + marker, theirs);
		SessionBrowser browser = signIn(manager);

		Page taken = browser.get("/accounts/uscc-check?uscc=" + mine, "HX-Request", "true");
		assertThat(taken.body()).contains("id=\"uscc-feedback\"")
			.doesNotContain("Valid code")
			.contains("href=\"/accounts/" + myId + "\"");
		assertThat(taken.text()).contains("Already used by account").contains("Holder " + marker);

		Page hidden = browser.get("/accounts/uscc-check?uscc=" + theirs, "HX-Request", "true");
		assertThat(hidden.text()).contains("Already used by another account").doesNotContain("Hidden " + marker);
		assertThat(hidden.body()).doesNotContain("/accounts/" + theirId);

		Page itsOwn = browser.get("/accounts/uscc-check?id=" + myId + "&uscc=" + mine, "HX-Request", "true");
		assertThat(itsOwn.body()).as("the account being edited keeps its code").contains("Valid code");

		browser.setCookie("kam-lang", "zh-CN");
		assertThat(browser.get("/accounts/uscc-check?uscc=" + mine, "HX-Request", "true").text())
			.containsSubsequence("已被客户", "Holder " + marker, "使用");
	}

	@Test
	void theFormRefusesAUsccAnotherAccountHas() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		String uscc = validUscc();
		createAccount(manager, "First " + marker, uscc);
		SessionBrowser browser = signIn(manager);

		Page refused = browser.postForm("/accounts", browser.get("/accounts/new").csrf(), "name", "Second " + marker,
				"uscc", uscc, "status", "POTENTIAL", "urgency", "CAN_WAIT");

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("another account already has this unified social credit code");
	}

	@Test
	void theNameCheckNamesAccountsWithAnEqualOrNearEqualName() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		TestUsers.User other = users.create("ACCOUNT_MANAGER");
		long mine = createAccount(manager, "杭州云帆" + marker + "智能科技有限公司", null);
		createAccount(other, "杭州云帆" + marker + "智能科技有限责任公司", null);
		SessionBrowser browser = signIn(manager);

		String typed = " 杭州 云帆（" + fullWidth(marker.toUpperCase()) + "）智能科技股份有限公司";
		Page similar = browser.get("/accounts/name-check?name=" + SessionBrowser.encode(typed), "HX-Request", "true");

		assertThat(similar.status()).isEqualTo(200);
		assertThat(similar.body()).doesNotContain("<html")
			.contains("id=\"name-similar\"")
			.contains("href=\"/accounts/" + mine + "\"")
			.doesNotContain("similarConfirmed");
		assertThat(similar.text()).contains("杭州云帆" + marker + "智能科技有限公司")
			.contains("1 more with a similar name that you may not open")
			.doesNotContain("有限责任公司");

		Page itself = browser.get(
				"/accounts/name-check?id=" + mine + "&name=" + SessionBrowser.encode("杭州云帆" + marker + "智能科技有限公司"),
				"HX-Request", "true");
		assertThat(itself.body()).as("the account being edited is not its own duplicate")
			.doesNotContain("href=\"/accounts/" + mine + "\"");

		Page different = browser.get("/accounts/name-check?name=" + SessionBrowser.encode("杭州云帆" + marker + "机械"),
				"HX-Request", "true");
		assertThat(different.body()).contains("id=\"name-similar\"").doesNotContain("alert");
	}

	@Test
	void savingASimilarNameAsksFirstAndCreatesWhenConfirmed() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		long first = createAccount(manager, "杭州云帆" + marker + "智能科技有限公司", null);
		SessionBrowser browser = signIn(manager);
		String name = "杭州云帆" + marker + "智能科技有限公司";

		Page warned = browser.postForm("/accounts", browser.get("/accounts/new").csrf(), "name", name, "status",
				"POTENTIAL", "urgency", "CAN_WAIT");

		assertThat(warned.status()).as("shown again, not saved").isEqualTo(200);
		assertThat(warned.body()).contains("href=\"/accounts/" + first + "\"")
			.contains("name=\"similarConfirmed\"")
			.contains("Create anyway");
		assertThat(manager.api().get("/api/v1/accounts?q=" + marker).json().get("total").asLong()).isEqualTo(1);

		Page created = browser.postForm("/accounts", warned.csrf(), "name", name, "status", "POTENTIAL", "urgency",
				"CAN_WAIT", "similarConfirmed", "true");

		assertThat(created.status()).as(created.toString()).isEqualTo(302);
		assertThat(manager.api().get("/api/v1/accounts?q=" + marker).json().get("total").asLong()).isEqualTo(2);
	}

	@Test
	void theApiStillCreatesAnAccountWithASimilarName() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		createAccount(manager, "Twin " + marker + " Co., Ltd.", null);

		createAccount(manager, "twin " + marker + " co ltd", null);

		assertThat(manager.api().get("/api/v1/accounts?q=" + marker).json().get("total").asLong()).isEqualTo(2);
	}

	private static String fullWidth(String ascii) {
		StringBuilder wide = new StringBuilder();
		ascii.chars().forEach(c -> wide.append((char) (c >= '!' && c <= '~' ? c - '!' + 0xFF01 : c)));
		return wide.toString();
	}

	// --- edit and conflict ---

	@Test
	void anEditWithTheCurrentVersionIsSavedAndAStaleOneMeetsTheConflictPage() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		long id = createAccount(manager, "Original " + marker, "POTENTIAL", null);
		SessionBrowser browser = signIn(manager);
		Page form = browser.get("/accounts/" + id + "/edit");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("value=\"Original " + marker + "\"")
			.containsPattern("name=\"version\"[^>]*value=\"0\"|value=\"0\"[^>]*name=\"version\"");

		Page saved = browser.postForm("/accounts/" + id, form.csrf(), "name", "Theirs " + marker, "status", "INTENDED",
				"urgency", "URGENT", "version", "0");

		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(saved.location()).isEqualTo("/accounts/" + id);
		assertThat(browser.get(saved.location()).text()).contains("Changes saved.").contains("Theirs " + marker);

		Page conflict = browser.postForm("/accounts/" + id, form.csrf(), "name", "Mine " + marker, "status", "INTENDED",
				"urgency", "URGENT", "version", "0");

		assertThat(conflict.status()).isEqualTo(200);
		assertThat(conflict.text()).contains("Someone saved this account first")
			.contains("Theirs " + marker)
			.contains("Mine " + marker);
		assertThat(conflict.body()).as("the re-apply form carries the stored version")
			.containsPattern("name=\"version\"[^>]*value=\"1\"|value=\"1\"[^>]*name=\"version\"");
		JsonNode stored = manager.api().get("/api/v1/accounts/" + id).json();
		assertThat(stored.get("name").asString()).as("nothing overwritten").isEqualTo("Theirs " + marker);
		assertThat(stored.get("version").asLong()).isEqualTo(1);
	}

	@Test
	void anAdminEditsAnotherManagersAccount() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		long id = createAccount(manager, "Managed " + marker, "POTENTIAL", null);
		SessionBrowser admin = signInAdmin();

		Page show = admin.get("/accounts/" + id);
		assertThat(show.status()).isEqualTo(200);
		assertThat(show.body()).contains("href=\"/accounts/" + id + "/edit\"");
		Page form = admin.get("/accounts/" + id + "/edit");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).as("the owner picker").contains("name=\"ownerSearch\"");

		Page saved = admin.postForm("/accounts/" + id, form.csrf(), "name", "Admin edited " + marker, "status",
				"COOPERATING", "urgency", "URGENT", "ownerId", String.valueOf(manager.id()), "version", "0");

		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		JsonNode stored = manager.api().get("/api/v1/accounts/" + id).json();
		assertThat(stored.get("name").asString()).isEqualTo("Admin edited " + marker);
		assertThat(stored.get("ownerId").asLong()).isEqualTo(manager.id());
	}

	// --- escaping ---

	@Test
	void markupInANameIsShownAsText() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		long id = createAccount(manager, "<script>alert(1)</script> " + marker, "POTENTIAL", null);
		SessionBrowser browser = signIn(manager);

		for (String path : List.of("/accounts/" + id, "/accounts?q=" + marker, "/accounts/" + id + "/edit", "/")) {
			Page page = browser.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path)
				.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
				.doesNotContain("<script>alert(1)</script>");
		}
	}

	// --- access ---

	@Test
	void anAccountManagerIsRefusedAnotherManagersAccount() {
		TestUsers.User owner = users.create("ACCOUNT_MANAGER");
		long id = createAccount(owner, "Not yours " + marker, "POTENTIAL", null);
		SessionBrowser other = signIn(users.create("ACCOUNT_MANAGER"));
		String csrf = other.get("/accounts").csrf();

		assertErrorPage(other.get("/accounts/" + id), 403, FORBIDDEN_TEXT);
		assertErrorPage(other.get("/accounts/" + id + "/edit"), 403, FORBIDDEN_TEXT);
		assertErrorPage(other.get("/accounts/" + id + "/contacts/new"), 403, FORBIDDEN_TEXT);
		assertErrorPage(other.postForm("/accounts/" + id, csrf, "name", "Taken over " + marker, "status", "POTENTIAL",
				"urgency", "CAN_WAIT", "version", "0"), 403, FORBIDDEN_TEXT);
		assertErrorPage(other.postForm("/accounts/" + id + "/contacts", csrf, "name", "Planted " + marker), 403,
				FORBIDDEN_TEXT);

		JsonNode stored = owner.api().get("/api/v1/accounts/" + id).json();
		assertThat(stored.get("name").asString()).isEqualTo("Not yours " + marker);
		assertThat(stored.get("version").asLong()).isZero();
		assertThat(owner.api().get("/api/v1/accounts/" + id + "/contacts").json().get("total").asLong()).isZero();
		assertThat(other.get("/accounts?q=" + marker).body()).doesNotContain("Not yours " + marker);
	}

	@Test
	void anUnknownAccountIsANotFoundPage() {
		SessionBrowser browser = signIn(users.create("ACCOUNT_MANAGER"));

		assertErrorPage(browser.get("/accounts/99999999"), 404, NOT_FOUND_TEXT);
		assertErrorPage(browser.get("/accounts/99999999/edit"), 404, NOT_FOUND_TEXT);
		assertErrorPage(browser.get("/no-such-page-" + marker), 404, NOT_FOUND_TEXT);
	}

	@Test
	void anAnalystSeesTheAccountPageWithoutEditButtons() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		long id = createAccount(manager, "Analysed " + marker, "POTENTIAL", null);
		SessionBrowser analyst = signIn(users.create("ANALYST"));

		Page show = analyst.get("/accounts/" + id);

		assertThat(show.status()).isEqualTo(200);
		assertThat(show.body()).contains("Analysed " + marker)
			.doesNotContain("/accounts/" + id + "/edit")
			.doesNotContain("/accounts/" + id + "/contacts/new");
		assertThat(analyst.get("/accounts").body()).as("no new-account button")
			.doesNotContain("href=\"/accounts/new\"");
	}

	@Test
	void anAnalystCannotCreateAnAccount() {
		TestUsers.User analyst = users.create("ANALYST");
		SessionBrowser browser = signIn(analyst);
		String csrf = browser.get("/accounts").csrf();

		Page refused = browser.postForm("/accounts", csrf, "name", "Analyst made " + marker, "status", "POTENTIAL",
				"urgency", "CAN_WAIT");

		assertErrorPage(refused, 403, FORBIDDEN_TEXT);
		assertThat(users.admin().get("/api/v1/accounts?q=" + marker).json().get("total").asLong()).isZero();
	}

	@Test
	void anAnalystCannotOpenTheEditForm() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		long id = createAccount(manager, "Read only " + marker, "POTENTIAL", null);
		SessionBrowser analyst = signIn(users.create("ANALYST"));

		assertErrorPage(analyst.get("/accounts/" + id + "/edit"), 403, FORBIDDEN_TEXT);
	}

	@Test
	void anAnalystIsNotOfferedFormsItCannotSubmit() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		long id = createAccount(manager, "No forms " + marker, "POTENTIAL", null);
		long contact = manager.api()
			.post("/api/v1/accounts/" + id + "/contacts", Map.of("name", "Someone " + marker))
			.id();
		SessionBrowser analyst = signIn(users.create("ANALYST"));

		List<String> statuses = new ArrayList<>();
		for (String path : List.of("/accounts/new", "/accounts/" + id + "/contacts/new",
				"/accounts/" + id + "/contacts/" + contact + "/edit")) {
			statuses.add(path + " -> " + analyst.get(path).status());
		}
		assertThat(statuses).allMatch(line -> line.endsWith(" -> 403"));
	}

	@Test
	void theContactEditFormShowsTheStoredBirthdayAsADateInputValue() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		long id = createAccount(manager, "Birthday " + marker, "POTENTIAL", null);
		long contact = manager.api()
			.post("/api/v1/accounts/" + id + "/contacts", Map.of("name", "Born " + marker, "birthday", "1980-05-01"))
			.id();

		Page form = signIn(manager).get("/accounts/" + id + "/contacts/" + contact + "/edit");

		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("value=\"1980-05-01\"");
	}

	@Test
	void anAnalystCannotSaveAnEdit() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		long id = createAccount(manager, "Kept " + marker, "POTENTIAL", null);
		SessionBrowser analyst = signIn(users.create("ANALYST"));
		String csrf = analyst.get("/accounts/" + id).csrf();

		assertErrorPage(analyst.postForm("/accounts/" + id, csrf, "name", "Changed " + marker, "status", "POTENTIAL",
				"urgency", "CAN_WAIT", "version", "0"), 403, FORBIDDEN_TEXT);
		assertErrorPage(analyst.postForm("/accounts/" + id + "/contacts", csrf, "name", "Planted " + marker), 403,
				FORBIDDEN_TEXT);
		assertThat(manager.api().get("/api/v1/accounts/" + id).json().get("name").asString())
			.isEqualTo("Kept " + marker);
		assertThat(manager.api().get("/api/v1/accounts/" + id + "/contacts").json().get("total").asLong()).isZero();
	}

	@Test
	void signedOutBrowsersAreSentToTheLoginPage() {
		SessionBrowser anonymous = new SessionBrowser(port);

		Page list = anonymous.get("/accounts");

		assertThat(list.status()).isEqualTo(302);
		assertThat(list.location()).isEqualTo("/login");
		assertThat(anonymous.get("/accounts/new").location()).isEqualTo("/login");
		// the form's live checks name accounts: nothing for a signed-out browser
		for (String check : List.of("/accounts/name-check?name=x", "/accounts/uscc-check?uscc=x",
				"/accounts/city-options?province=440000")) {
			assertThat(anonymous.get(check, "HX-Request", "true").status()).as(check).isIn(302, 401);
		}
	}

	// --- contacts ---

	@Test
	void aContactIsAddedAndDeletedFromTheAccountPage() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		long id = createAccount(manager, "With contacts " + marker, "COOPERATING", null);
		SessionBrowser browser = signIn(manager);

		Page form = browser.get("/accounts/" + id + "/contacts/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.text()).contains("With contacts " + marker).contains("Add contact");
		Page added = browser.postForm("/accounts/" + id + "/contacts", form.csrf(), "name", "Zhang " + marker,
				"decisionRole", "DECISION_MAKER");

		assertThat(added.status()).as(added.toString()).isEqualTo(302);
		assertThat(added.location()).startsWith("/accounts/" + id);
		Page show = browser.get("/accounts/" + id);
		assertThat(show.text()).contains("Contact saved.").contains("Zhang " + marker).contains("Decision maker");
		Matcher contact = Pattern.compile("/accounts/" + id + "/contacts/(\\d+)/delete").matcher(show.body());
		assertThat(contact.find()).as("a delete form").isTrue();

		Page deleted = browser.postForm(contact.group(), show.csrf());

		assertThat(deleted.status()).as(deleted.toString()).isEqualTo(302);
		assertThat(deleted.location()).startsWith("/accounts/" + id);
		Page after = browser.get("/accounts/" + id);
		assertThat(after.text()).contains("Contact deleted.").doesNotContain("Zhang " + marker);
		assertThat(manager.api().get("/api/v1/accounts/" + id + "/contacts").json().get("total").asLong()).isZero();
	}

	@Test
	void aContactWithoutANameShowsTheFormAgain() {
		TestUsers.User manager = users.create("ACCOUNT_MANAGER");
		long id = createAccount(manager, "Nameless " + marker, "COOPERATING", null);
		SessionBrowser browser = signIn(manager);

		Page refused = browser.postForm("/accounts/" + id + "/contacts",
				browser.get("/accounts/" + id + "/contacts/new").csrf(), "name", "", "decisionRole", "USER");

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("<form").contains("is-invalid");
		assertThat(manager.api().get("/api/v1/accounts/" + id + "/contacts").json().get("total").asLong()).isZero();
	}

	// --- language ---

	@Test
	void theHomePageFollowsAcceptLanguage() {
		SessionBrowser browser = signIn(users.create("ACCOUNT_MANAGER"));

		Page chinese = browser.get("/", "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");
		assertThat(chinese.status()).isEqualTo(200);
		assertThat(chinese.body()).contains("我的一天").contains("lang=\"zh-CN\"");

		Page english = browser.get("/", "Accept-Language", "en-US,en;q=0.9");
		assertThat(english.body()).contains("My day").doesNotContain("我的一天");
	}

	@Test
	void theLanguageSwitchSetsTheCookieAndGoesBack() {
		SessionBrowser browser = new SessionBrowser(port);

		Page switched = browser.get("/language/en?return=" + SessionBrowser.encode("/accounts"));

		assertThat(switched.status()).isEqualTo(302);
		assertThat(switched.location()).isEqualTo("/accounts");
		assertThat(switched.setCookie("kam-lang")).as("the language cookie").startsWith("kam-lang=en");
		assertThat(browser.cookie("kam-lang")).isEqualTo("en");
	}

	@Test
	void theLanguageSwitchGoesNowhereElse() {
		SessionBrowser browser = new SessionBrowser(port);

		for (String target : List.of("//evil.example", "https://evil.example", "/\\evil.example", "\\\\evil.example",
				"evil.example", "javascript:alert(1)")) {
			Page switched = browser.get("/language/zh-CN?return=" + SessionBrowser.encode(target));
			assertThat(switched.status()).as(target).isEqualTo(302);
			assertThat(switched.location()).as(target).isEqualTo("/");
		}
	}

	@Test
	void theLanguageSwitchWithABlankReturnGoesHome() {
		SessionBrowser browser = new SessionBrowser(port);

		for (String query : List.of("", "?return=", "?return=%20")) {
			Page switched = browser.get("/language/en" + query);
			assertThat(switched.status()).as(query).isEqualTo(302);
			assertThat(switched.location()).as(query).isEqualTo("/");
		}
	}

	@Test
	void theLanguageSwitchIsNotFooledByATab() {
		Page switched = new SessionBrowser(port)
			.get("/language/en?return=" + SessionBrowser.encode("/\t/evil.example"));

		assertThat(switched.status()).isEqualTo(302);
		assertThat(switched.location()).isEqualTo("/");
	}

	// --- helpers ---

	private SessionBrowser signIn(TestUsers.User user) {
		return new SessionBrowser(port).signIn(user.username(), TestUsers.PASSWORD);
	}

	private SessionBrowser signInAdmin() {
		return new SessionBrowser(port).signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
	}

	private long createAccount(TestUsers.User owner, String name, String uscc) {
		Map<String, Object> body = new HashMap<>(Map.of("name", name, "status", "POTENTIAL"));
		if (uscc != null) {
			body.put("uscc", uscc);
		}
		Api.Response created = owner.api().post("/api/v1/accounts", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	private long createAccount(TestUsers.User owner, String name, String status, String tier) {
		Map<String, Object> body = new HashMap<>(Map.of("name", name, "status", status));
		if (tier != null) {
			body.put("tier", tier);
		}
		Api.Response created = owner.api().post("/api/v1/accounts", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	/** The first words of the account names in the list's rows, in order. */
	private List<String> names(Page list) {
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		return list.all(Pattern.compile("<td class=\"kam-name\"><a [^>]*>([^<]*)</a>"), 1)
			.stream()
			.map(name -> name.split(" ")[0])
			.toList();
	}

	private static void assertErrorPage(Page page, int status, String text) {
		assertThat(page.status()).as(page.toString()).isEqualTo(status);
		assertThat(page.body()).contains("<html").contains("Error " + status);
		assertThat(page.text()).contains(text);
		assertThat(page.body()).as("no stack trace").doesNotContain("at org.").doesNotContain("Exception");
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		assertThat(start).as(from).isNotNegative();
		int end = text.indexOf(to, start);
		return text.substring(start, end < 0 ? text.length() : end);
	}

	static String validUscc() {
		StringBuilder first17 = new StringBuilder("91");
		for (int i = 0; i < 15; i++) {
			first17.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
		}
		return first17.toString() + UnifiedSocialCreditCode.checkCharacter(first17.toString());
	}

	static String wrongCheckCharacter(String valid) {
		char right = valid.charAt(17);
		char wrong = ALPHABET.charAt((ALPHABET.indexOf(right) + 1) % ALPHABET.length());
		return valid.substring(0, 17) + wrong;
	}

}
