package org.kam.sales.web;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sales list updates in place: htmx gets only the results, a browser without
 * JavaScript the whole page, and the links work either way.
 */
@H2Test
class SalesListHtmxTests {

	@LocalServerPort
	int port;

	TestUsers.User manager;

	String marker;

	SessionBrowser browser;

	@BeforeEach
	void setUp() {
		manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		marker = "h" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		long accountId = manager.api().post("/api/v1/accounts", Map.of("name", "Htmx Ltd " + marker)).id();
		for (String product : new String[] { "Steel & wire " + marker, "Copper " + marker }) {
			Map<String, Object> order = new HashMap<>();
			order.put("orderNo", product.substring(0, 3) + marker);
			order.put("orderDate", "2026-02-10");
			order.put("salespersonId", manager.id());
			order.put("lines", List.of(Map.of("product", product, "quantity", 1, "unitPrice", "10")));
			Api.Response created = manager.api().post("/api/v1/accounts/" + accountId + "/sales", order);
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
		}
		browser = new SessionBrowser(port).signIn(manager.username(), TestUsers.PASSWORD);
	}

	@Test
	void htmxGetsTheResultsWithoutTheLayout() {
		Page partial = browser.get("/sales?product=steel+%26+wire+" + marker, "HX-Request", "true");

		assertThat(partial.status()).isEqualTo(200);
		assertThat(partial.body()).doesNotContain("<html")
			.doesNotContain("id=\"sales-filters\"")
			.contains("id=\"results\"")
			.contains("hx-push-url=\"true\"")
			.contains("Ste" + marker)
			.doesNotContain("Cop" + marker)
			.contains("href=\"/sales?product=steel+%26+wire+" + marker + "&amp;sort=total%2Cdesc\"")
			.as("the form's sort follows the results")
			.contains("id=\"sort\"");

		Page page = browser.get("/sales?product=steel+%26+wire+" + marker);
		assertThat(page.body()).contains("<html").contains("id=\"sales-filters\"").contains("id=\"results\"");
	}

	@Test
	void aBadFilterIsShownInThePartialWithStatus200SoThatHtmxSwapsIt() {
		Page partial = browser.get("/sales?sort=price&product=" + marker, "HX-Request", "true");
		assertThat(partial.status()).isEqualTo(200);
		assertThat(partial.body()).doesNotContain("<html").contains("id=\"list-problems\"");

		assertThat(browser.get("/sales?sort=price").status()).isEqualTo(400);
	}

}
