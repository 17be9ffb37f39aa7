package org.kam.survey;

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
 * An account manager records a survey, corrects it and sends a survey link, which the
 * customer answers in Chinese in a browser of their own, without signing in. Real
 * Chromium; H2.
 */
@H2Test
class SurveyBrowserTests extends BrowserTest {

	@Test
	void aManagerRecordsASurveyAndACustomerAnswersALinkInChinese() {
		TestUsers.User manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		String marker = "j" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		long accountId = SurveyApiTests.createAccount(manager, "旅程科技 " + marker);
		SurveyApiTests.addContact(manager, accountId, "陈静 " + marker);

		BrowserContext office = browser
			.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900));
		office.setDefaultTimeout(15_000);
		Page page = office.newPage();
		signIn(page, url(""), manager.username(), TestUsers.PASSWORD);

		// the tab, then a survey through the form
		page.navigate(url("/accounts/" + accountId + "?tab=surveys"));
		assertThat(page.locator("#survey-list")).containsText("No surveys yet.");
		page.locator("#survey-list a", new Page.LocatorOptions().setHasText("Add survey")).click();
		page.locator("#surveyedOn").fill("2026-02-03");
		page.locator("#respondentContactId")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("陈静 " + marker));
		page.locator("#productQuality").selectOption("4");
		page.locator("#serviceAttitude").selectOption("5");
		page.locator("#responseSpeed").selectOption("3");
		page.locator("#overall").selectOption("4");
		page.locator("#nps").selectOption("8");
		page.locator("#suggestions").fill("Quicker invoices");
		page.locator("main button[type=submit]").click();
		page.waitForURL(url("/accounts/" + accountId + "?tab=surveys"));
		assertThat(page.locator(".alert-success")).containsText("The survey was saved.");
		assertThat(page.locator("#survey-list tbody tr")).hasCount(1);
		assertThat(page.locator("#survey-list tbody")).containsText("Quicker invoices");
		assertThat(page.locator("#survey-trend canvas[data-chart=line]")).isVisible();

		// edit it
		page.locator("#survey-list a", new Page.LocatorOptions().setHasText("Edit")).click();
		page.locator("#overall").selectOption("5");
		page.locator("#suggestions").fill("Quicker invoices, please");
		page.locator("main button[type=submit]").click();
		page.waitForURL(url("/accounts/" + accountId + "?tab=surveys"));
		assertThat(page.locator("#survey-list tbody")).containsText("Quicker invoices, please");

		// a link for the customer
		page.locator("#contactId")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("陈静 " + marker));
		page.locator("#expiresInDays").fill("7");
		page.locator("#survey-create-link").click();
		assertThat(page.locator("#survey-new-link")).hasValue(Pattern.compile(".*/s/[A-Za-z0-9_-]{43}$"));
		String link = page.locator("#survey-new-link").inputValue();
		assertThat(page.locator("#survey-links tbody")).containsText("Open");

		// the customer, in a fresh browser of their own, in Chinese
		BrowserContext customer = browser
			.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(900, 1000));
		customer.setDefaultTimeout(15_000);
		Page answer = customer.newPage();
		answer.navigate(link);
		assertThat(answer.locator("h1")).hasText("客户满意度调查");
		assertThat(answer.locator("main")).containsText("旅程科技 " + marker);
		answer.locator("button[type=submit]").click();
		assertThat(answer.locator("#overall-error")).containsText("请选择一个评分");
		answer.getByLabel("5 · 非常满意").first().check();
		answer.locator("input[name=serviceAttitude][value='4']").check();
		answer.locator("input[name=responseSpeed][value='4']").check();
		answer.locator("input[name=overall][value='5']").check();
		answer.locator("input[name=nps][value='9']").check();
		answer.locator("#suggestions").fill("希望增加培训");
		answer.locator("button[type=submit]").click();
		assertThat(answer.locator("#survey-thanks")).hasText("感谢您的反馈！");
		answer.navigate(link);
		assertThat(answer.locator("#survey-used")).hasText("此调查已填写过");
		customer.close();

		// back at the office: the answer is in the list and the link is used
		page.navigate(url("/accounts/" + accountId + "?tab=surveys"));
		assertThat(page.locator("#survey-list tbody tr")).hasCount(2);
		assertThat(page.locator("#survey-list tbody")).containsText("希望增加培训");
		assertThat(page.locator("#survey-links tbody")).containsText("Answered");
		office.close();
	}

}
