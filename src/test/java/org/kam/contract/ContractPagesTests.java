package org.kam.contract;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The contract pages through real HTTP with a signed-in browser session: the account tab,
 * the forms, the contract page with its attachments, the cross-account list.
 */
@H2Test
class ContractPagesTests {

	private static final Pattern CONTRACT_PAGE = Pattern.compile("^/accounts/(\\d+)/contracts/(\\d+)$");

	@LocalServerPort
	int port;

	TestUsers users;

	TestUsers.User manager;

	String marker;

	long accountId;

	SessionBrowser browser;

	@BeforeEach
	void setUp() {
		users = new TestUsers(new Api(port));
		manager = users.create("ACCOUNT_MANAGER");
		marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = ContractApiTests.createAccount(manager, "Pages Ltd " + marker);
		browser = signIn(manager);
	}

	@Test
	void theAccountPageHasAContractsTabAndTheMenuAContractsEntry() {
		Page account = browser.get("/accounts/" + accountId + "?tab=contracts");

		assertThat(account.status()).isEqualTo(200);
		// the tab's content is rendered in the page, from its section
		assertThat(account.body()).contains("id=\"contracts\"").contains("href=\"/contracts\"");
	}

	@Test
	void theTabIsAFragmentListingTheContractsWithButtonsForTheOwner() {
		long id = add(number("1"), "Supply <b>deal</b> " + marker, "ACTIVE");

		Page section = browser.get("/accounts/" + accountId + "/contracts/section", "HX-Request", "true");

		assertThat(section.status()).isEqualTo(200);
		assertThat(section.body()).doesNotContain("<html")
			.contains(number("1"))
			.contains("Supply &lt;b&gt;deal&lt;/b&gt; " + marker)
			.contains("href=\"/accounts/" + accountId + "/contracts/new\"")
			.contains("/accounts/" + accountId + "/contracts/" + id + "/edit")
			.contains("name=\"_csrf\"");

		SessionBrowser analyst = signIn(users.create("ANALYST"));
		Page read = analyst.get("/accounts/" + accountId + "/contracts/section");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body()).contains(number("1")).doesNotContain("/contracts/new").doesNotContain("/edit");
	}

	@Test
	void theTabPagesAtTheAskedSizeAndOnlyItsEnabledButtonsLoadAPage() {
		add(number("a"), "First " + marker, "ACTIVE");
		add(number("b"), "Second " + marker, "ACTIVE");
		String tab = "/accounts/" + accountId + "/contracts/section";

		Page first = browser.get(tab + "?size=1", "HX-Request", "true");

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body()).contains("Page 1 of 2")
			.contains("hx-get=\"" + tab + "?page=1&amp;size=1\"")
			.doesNotContain("page=-1");
		Page second = browser.get(tab + "?page=1&size=1", "HX-Request", "true");
		assertThat(second.body()).contains("Page 2 of 2")
			.contains("hx-get=\"" + tab + "?size=1\"")
			.doesNotContain("page=2");
		assertThat(browser.get(tab + "?page=-1").status()).as("refused as on the lists, not shown as the first page")
			.isEqualTo(400);
	}

	@Test
	void aContractIsCreatedThroughTheFormAndShownOnItsPage() {
		Page form = browser.get("/accounts/" + accountId + "/contracts/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("<label class=\"form-label\" for=\"number\"")
			.contains("for=\"endsOn\"")
			.contains("value=\"CNY\"");

		Page saved = browser.postForm("/accounts/" + accountId + "/contracts", form.csrf(), "number", number("new"),
				"title", "Service " + marker, "type", "SERVICE", "status", "ACTIVE", "signedOn", "2025-01-05",
				"startsOn", "2025-01-10", "endsOn", "2026-01-09", "amount", "88000.00", "currency", "CNY",
				"renewalNoticeDays", "30", "parties", "甲方；乙方", "paymentTerms", "月结30天", "serviceLevelTerms", "",
				"confidentialityTerms", "");

		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		Matcher location = CONTRACT_PAGE.matcher(saved.location());
		assertThat(location.matches()).as(saved.location()).isTrue();
		Page page = browser.get(saved.location());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains(number("new"))
			.contains("Service " + marker)
			.contains("Service contract")
			.contains("月结30天")
			.contains("The contract was saved.");
	}

	@Test
	void errorsAreShownNextToTheFieldsInTheUsersLanguage() {
		Page form = browser.get("/accounts/" + accountId + "/contracts/new");

		Page refused = browser.postForm("/accounts/" + accountId + "/contracts", form.csrf(), "number", number("bad"),
				"title", "Dates " + marker, "startsOn", "2025-06-01", "endsOn", "2025-05-01", "currency", "XYZ",
				"amount", "abc");

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"amount-error\"").contains("is not a valid value");
		assertThat(refused.text()).as("the rules are checked once the syntax is right")
			.doesNotContain("must not be before the start date");

		Page dates = browser.postForm("/accounts/" + accountId + "/contracts", form.csrf(), "number", number("bad"),
				"title", "Dates " + marker, "startsOn", "2025-06-01", "endsOn", "2025-05-01", "currency", "XYZ");
		assertThat(dates.status()).isEqualTo(200);
		assertThat(dates.body()).contains("id=\"endsOn-error\"").contains("id=\"currency-error\"");
		assertThat(dates.text()).contains("must not be before the start date")
			.contains("Please correct the highlighted fields.");

		browser.setCookie("kam-lang", "zh-CN");
		Page chinese = browser.postForm("/accounts/" + accountId + "/contracts", form.csrf(), "number", number("bad"),
				"title", "Dates " + marker, "startsOn", "2025-06-01", "endsOn", "2025-05-01");
		assertThat(chinese.text()).contains("不能早于生效日期").contains("合同编号");
		assertThat(new Api(port).as(manager.username(), TestUsers.PASSWORD)
			.get("/api/v1/contracts?q=" + marker)
			.json()
			.get("total")
			.asLong()).isZero();
	}

	@Test
	void theEditFormShowsTheStoredValuesAndAStaleSaveShowsTheConflict() {
		long id = add(number("edit"), "Before " + marker, "DRAFT");
		String path = "/accounts/" + accountId + "/contracts/" + id;

		Page form = browser.get(path + "/edit");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("value=\"Before " + marker + "\"")
			.contains("value=\"2025-03-15\"")
			.contains("value=\"2026-03-14\"");

		Page saved = browser.postForm(path, form.csrf(), "number", number("edit"), "title", "After " + marker, "status",
				"ACTIVE", "startsOn", "2025-03-15", "endsOn", "2026-03-14", "version", "0");
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(browser.get(path).text()).contains("After " + marker).contains("Active");

		Page stale = browser.postForm(path, form.csrf(), "number", number("edit"), "title", "Lost " + marker, "version",
				"0");
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.text()).contains("Someone else changed this contract").contains("After " + marker);
	}

	@Test
	void filesAreUploadedWithTheCsrfTokenAndRefusedByTheirContent() {
		long id = add(number("files"), "Files " + marker, "ACTIVE");
		String path = "/accounts/" + accountId + "/contracts/" + id;
		Page page = browser.get(path);
		assertThat(page.body()).contains("enctype=\"multipart/form-data\"").contains("for=\"file\"");

		Page uploaded = uploadThroughPage(path, page.csrf(), "offer.pdf", Files.PDF);
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(302);
		assertThat(uploaded.location()).isEqualTo(path);
		Page withFile = browser.get(path);
		assertThat(withFile.text()).contains("offer.pdf").contains("The file was attached.");
		Matcher link = Pattern.compile("href=\"(" + path + "/attachments/\\d+)\"").matcher(withFile.body());
		assertThat(link.find()).isTrue();
		Page download = browser.get(link.group(1));
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("Content-Disposition")).startsWith("attachment;");
		assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.body()).startsWith("%PDF-");

		Page renamed = uploadThroughPage(path, withFile.csrf(), "setup.pdf", Files.EXE);
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.body()).contains("id=\"file-error\"").contains("is not an accepted kind of file");

		Page forged = uploadThroughPage(path, null, "offer.pdf", Files.PDF);
		assertThat(forged.status()).as("no CSRF token, no upload").isEqualTo(403);
	}

	@Test
	void aFileWhoseContentDoesNotMatchItsExtensionIsRefusedNextToTheUpload() {
		long id = add(number("named"), "Named " + marker, "ACTIVE");
		String path = "/accounts/" + accountId + "/contracts/" + id;
		Page page = browser.get(path);

		// ASCII: the page helper sends the body as Latin-1 text
		byte[] text = "Payment terms agreed.\n".getBytes(StandardCharsets.US_ASCII);
		Page refused = uploadThroughPage(path, page.csrf(), "notes.pdf", text);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"file-error\"").contains("is-invalid");
		assertThat(refused.text())
			.contains("is a TEXT file but its name ends in .pdf; rename it to .txt or choose the right file");

		browser.setCookie("kam-lang", "zh-CN");
		Page chinese = uploadThroughPage(path, page.csrf(), "notes.pdf", text);
		assertThat(chinese.text()).contains("文件内容是 TEXT，但文件名以 .pdf 结尾；请改名为 .txt 或选择正确的文件");
		assertThat(browser.get(path).text()).as("nothing kept").doesNotContain("notes.pdf");
	}

	@Test
	void theCrossAccountListFiltersExpiringContractsAndServesHtmxTheResultsOnly() {
		Map<String, Object> soon = contract(number("soon"), "Soon " + marker, "ACTIVE");
		soon.put("startsOn", ContractApiTests.TODAY.minusYears(1).toString());
		soon.put("endsOn", ContractApiTests.TODAY.plusDays(20).toString());
		post(soon);
		add(number("later"), "Later " + marker, "ACTIVE");

		Page all = browser.get("/contracts?q=" + marker);
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.body()).contains("<html")
			.contains(number("soon"))
			.contains(number("later"))
			.contains("<label class=\"form-label\" for=\"expiringWithinDays\"");

		Page expiring = browser.get("/contracts?q=" + marker + "&expiringWithinDays=30", "HX-Request", "true");
		assertThat(expiring.status()).isEqualTo(200);
		assertThat(expiring.body()).doesNotContain("<html")
			.contains("id=\"results\"")
			.contains(number("soon"))
			.doesNotContain(number("later"))
			.contains("ends in 20 days")
			.contains("Pages Ltd " + marker);

		Page bad = browser.get("/contracts?q=" + marker + "&expiringWithinDays=-5");
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.text()).contains("must be between 0 and 3650");

		Page deep = browser.get("/contracts?q=" + marker + "&page=999999");
		assertThat(deep.status()).as("the problem shown as a bad filter is").isEqualTo(200);
		assertThat(deep.text()).contains("The filter page must be at most 499 at this size")
			.contains("only the first 10,000 rows are paged");
		assertThat(all.text()).contains("2 contracts").contains("Page 1 of 1");

		Page ofAccount = browser.get("/contracts?accountId=" + accountId);
		assertThat(ofAccount.body()).contains("Pages Ltd " + marker).contains(number("soon"));
	}

	@Test
	void aContractIsDeletedFromItsPage() {
		long id = add(number("bye"), "Bye " + marker, "DRAFT");
		String path = "/accounts/" + accountId + "/contracts/" + id;
		Page page = browser.get(path);

		Page deleted = browser.postForm(path + "/delete", page.csrf());

		assertThat(deleted.status()).isEqualTo(302);
		assertThat(deleted.location()).isEqualTo("/accounts/" + accountId + "?tab=contracts");
		assertThat(browser.get(path).status()).isEqualTo(404);
	}

	@Test
	void othersGetForbiddenPagesAndReadersNoForms() {
		long id = add(number("private"), "Private " + marker, "ACTIVE");
		String path = "/accounts/" + accountId + "/contracts/" + id;
		SessionBrowser colleague = signIn(users.create("ACCOUNT_MANAGER"));

		assertThat(colleague.get("/accounts/" + accountId + "/contracts/section").status()).isEqualTo(403);
		assertThat(colleague.get(path).status()).isEqualTo(403);
		assertThat(colleague.get("/accounts/" + accountId + "/contracts/new").status()).isEqualTo(403);
		assertThat(colleague.get("/contracts?q=" + marker).body()).doesNotContain(number("private"));

		SessionBrowser analyst = signIn(users.create("ANALYST"));
		Page read = analyst.get(path);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body()).contains(number("private")).doesNotContain("upload-form");
		assertThat(analyst.get(path + "/edit").status()).isEqualTo(403);
		assertThat(analyst.get("/accounts/" + accountId + "/contracts/new").status()).isEqualTo(403);

		assertThat(new SessionBrowser(port).get(path).status()).as("signed out").isEqualTo(302);
	}

	private Page uploadThroughPage(String path, String csrf, String fileName, byte[] content) {
		Files.Multipart multipart = csrf == null ? Files.multipart("file", fileName, "application/pdf", content)
				: Files.multipart("file", fileName, "application/pdf", content, "_csrf", csrf);
		return browser.send("POST", path + "/attachments", new String(multipart.body(), StandardCharsets.ISO_8859_1),
				"Content-Type", multipart.contentType());
	}

	private String number(String suffix) {
		return "HT-" + marker + "-" + suffix;
	}

	private Map<String, Object> contract(String number, String title, String status) {
		Map<String, Object> body = new HashMap<>();
		body.put("number", number);
		body.put("title", title);
		body.put("status", status);
		body.put("startsOn", "2025-03-15");
		body.put("endsOn", "2026-03-14");
		return body;
	}

	private long add(String number, String title, String status) {
		return post(contract(number, title, status));
	}

	private long post(Map<String, Object> body) {
		Api.Response created = new Api(port).as(manager.username(), TestUsers.PASSWORD)
			.post(ContractApiTests.contracts(accountId), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	private SessionBrowser signIn(TestUsers.User user) {
		return new SessionBrowser(port).signIn(user.username(), TestUsers.PASSWORD);
	}

}
