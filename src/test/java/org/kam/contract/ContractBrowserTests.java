package org.kam.contract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.BrowserTest;
import org.kam.support.Chromium;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An account manager walks one account through its contracts tab in a real Chromium: adds
 * a contract, sees it listed, edits it, attaches a file. Set up as
 * {@code browser/BrowserJourneyTests}.
 */
@H2Test
class ContractBrowserTests extends BrowserTest {

	@Test
	void addsAContractInTheAccountTabSeesItListedEditsItAndAttachesAFile() throws Exception {
		TestUsers.User manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		String marker = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		long accountId = ContractApiTests.createAccount(manager, "Walk " + marker + " 贸易有限公司");
		String number = "HT-2025-" + marker;
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 860))) {
			context.setDefaultTimeout(15_000);
			Page page = context.newPage();
			signIn(page, url(""), manager.username(), TestUsers.PASSWORD);

			page.navigate(url("/accounts/" + accountId));
			page.locator("#account-sections a", new Page.LocatorOptions().setHasText("Contracts")).click();
			assertThat(page.locator("#account-tab")).containsText("No contracts yet.");
			page.locator("#account-tab a", new Page.LocatorOptions().setHasText("Add contract")).click();

			page.locator("#number").fill(number);
			page.locator("#title").fill("年度采购合同 " + marker);
			page.locator("#type").selectOption("PURCHASE");
			page.locator("#status").selectOption("ACTIVE");
			page.locator("#startsOn").fill("2025-07-01");
			page.locator("#endsOn").fill("2025-06-30");
			page.locator("#amount").fill("120000");
			page.locator("#contract-form button[type=submit]").click();
			assertThat(page.locator("#endsOn-error")).containsText("must not be before the start date");

			page.locator("#endsOn").fill("2026-06-30");
			page.locator("#contract-form button[type=submit]").click();
			page.waitForURL(Pattern.compile(".*/accounts/" + accountId + "/contracts/\\d+$"));
			assertThat(page.locator("h1")).containsText(number);

			page.navigate(url("/accounts/" + accountId + "?tab=contracts"));
			assertThat(page.locator("#account-tab tbody")).containsText(number);
			assertThat(page.locator("#account-tab tbody")).containsText("Purchase contract");
			page.locator("#account-tab a", new Page.LocatorOptions().setHasText("Edit")).first().click();
			page.locator("#title").fill("年度采购合同（修订） " + marker);
			page.locator("#status").selectOption("RENEWED");
			page.locator("#contract-form button[type=submit]").click();
			page.waitForURL(Pattern.compile(".*/accounts/" + accountId + "/contracts/\\d+$"));
			assertThat(page.locator("h1")).containsText("（修订）");
			assertThat(page.locator("main")).containsText("Renewed");

			Path notes = Files.createTempFile("notes", ".pdf");
			Files.write(notes, org.kam.contract.Files.TEXT);
			page.locator("#file").setInputFiles(notes);
			page.locator("#upload-form button[type=submit]").click();
			assertThat(page.locator("#file-error"))
				.containsText("is a TEXT file but its name ends in .pdf; rename it to .txt or choose the right file");
			assertThat(page.locator("#file")).hasClass(Pattern.compile(".*is-invalid.*"));
			Files.delete(notes);

			Path file = Files.createTempFile("offer", ".pdf");
			Files.write(file, org.kam.contract.Files.PDF);
			page.locator("#file").setInputFiles(file);
			page.locator("#upload-form button[type=submit]").click();
			assertThat(page.locator(".alert-success")).containsText("The file was attached.");
			assertThat(page.locator("#attachments tbody")).containsText(file.getFileName().toString());
			Files.delete(file);

			page.navigate(url("/contracts?q=" + marker));
			assertThat(page.locator("#results tbody tr")).hasCount(1);
			assertThat(page.locator("#results tbody")).containsText("Walk " + marker);
		}
	}

}
