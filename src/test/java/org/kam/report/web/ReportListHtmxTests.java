package org.kam.report.web;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.report.ReportFixtures;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser;
import org.kam.web.SessionBrowser.Page;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The periodic reports list updates in place: htmx gets only the results (and the period
 * field's message), a browser without JavaScript the whole page.
 */
@H2Test
class ReportListHtmxTests {

	@LocalServerPort
	int port;

	TestUsers.User owner;

	String accountName;

	long accountId;

	SessionBrowser browser;

	@BeforeEach
	void setUp() {
		Api api = new Api(port);
		owner = new TestUsers(api).create("ACCOUNT_MANAGER");
		String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		accountName = "华信科技 " + marker;
		accountId = ReportFixtures.account(owner, accountName, ReportFixtures.validUscc());
		Api.Response created = api.as(owner.username(), TestUsers.PASSWORD)
			.post("/api/v1/accounts/" + accountId + "/reports", Map.of("period", "2003-Q1"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		browser = new SessionBrowser(port).signIn(owner.username(), TestUsers.PASSWORD);
	}

	@Test
	void htmxGetsTheResultsWithoutTheLayout() {
		Page partial = browser.get("/reports?period=2003-Q1", "HX-Request", "true");

		assertThat(partial.status()).isEqualTo(200);
		assertThat(partial.body()).doesNotContain("<html")
			.doesNotContain("id=\"report-filters\"")
			.contains("id=\"results\"")
			.contains("hx-push-url=\"true\"")
			.contains("href=\"/accounts/" + accountId + "/reports/")
			.as("the period's message is emptied out of band")
			.contains("<div id=\"period-feedback\" hx-swap-oob=\"true\">");
		assertThat(partial.text()).contains(accountName);

		Page page = browser.get("/reports?period=2003-Q1");
		assertThat(page.body()).contains("<html")
			.contains("id=\"report-filters\"")
			.contains("id=\"results\"")
			.doesNotContain("hx-swap-oob");
	}

	@Test
	void aWrongPeriodIsSaidNextToTheFieldOutOfBand() {
		Page partial = browser.get("/reports?period=2003-Q9", "HX-Request", "true");

		assertThat(partial.status()).isEqualTo(200);
		assertThat(partial.body()).doesNotContain("<html")
			.contains("<div id=\"period-feedback\" hx-swap-oob=\"true\">")
			.contains("id=\"period-error\"")
			.contains("must be a month such as 2026-10");
	}

}
