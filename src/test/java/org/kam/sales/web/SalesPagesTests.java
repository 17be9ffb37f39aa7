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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sales pages through real HTTP with a signed-in browser session: the account tab,
 * the order form with its lines, the list across accounts, access and language.
 */
@H2Test
class SalesPagesTests {

	@LocalServerPort
	int port;

	Api api;

	TestUsers users;

	TestUsers.User manager;

	String marker;

	long accountId;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		users = new TestUsers(api);
		manager = users.create("ACCOUNT_MANAGER");
		marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Api.Response account = manager.api().post("/api/v1/accounts", Map.of("name", "Pages Ltd " + marker));
		assertThat(account.status()).isEqualTo(201);
		accountId = account.id();
	}

	@Test
	void theAccountPageOffersTheSalesTabAndTheMenuTheSalesList() {
		SessionBrowser browser = signIn(manager);

		Page show = browser.get("/accounts/" + accountId + "?tab=sales");

		assertThat(show.status()).isEqualTo(200);
		assertThat(show.body()).contains("hx-get=\"/accounts/" + accountId + "/sales/section\"")
			.contains("href=\"/sales\"");
	}

	@Test
	void theTabShowsTheFiguresTheChartDataAndTheOrders() {
		addOrder("t1", "2025-01-15", "<b>Bold</b> widget", 2, "50");
		addOrder("t2", "2025-03-02", "Gadget", 1, "30.50");
		SessionBrowser browser = signIn(manager);

		Page section = browser.get("/accounts/" + accountId + "/sales/section", "HX-Request", "true");

		assertThat(section.status()).isEqualTo(200);
		assertThat(section.body()).doesNotContain("<html").contains("id=\"sales\"");
		assertThat(section.text()).contains(marker + "-t1", marker + "-t2", "CN¥130.50", "CN¥65.25");
		assertThat(section.body()).as("escaped").contains("&lt;b&gt;Bold&lt;/b&gt; widget").doesNotContain("<b>Bold");
		assertThat(section.body()).contains("data-chart=\"bar\"")
			.contains("data-labels=\"[&quot;2025-01&quot;,&quot;2025-03&quot;]\"")
			.contains("data-values=\"[100.00,30.50]\"");
		assertThat(section.body()).as("no inline script").doesNotContain("<script");
		assertThat(section.body()).contains("href=\"/accounts/" + accountId + "/sales/new\"");

		Page byYear = browser.get("/accounts/" + accountId + "/sales/section?by=year", "HX-Request", "true");
		assertThat(byYear.body()).contains("data-labels=\"[&quot;2025&quot;]\"");
		assertThat(browser.get("/accounts/" + accountId + "/sales/section?by=week").status()).isEqualTo(400);
	}

	@Test
	void theFormAddsAndRemovesLinesAndSavesTheOrder() {
		SessionBrowser browser = signIn(manager);
		Page form = browser.get("/accounts/" + accountId + "/sales/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("name=\"lines[0].product\"")
			.doesNotContain("name=\"lines[1].product\"")
			.contains("for=\"lines0.product\"");
		String csrf = form.csrf();

		Page twoLines = browser.postForm("/accounts/" + accountId + "/sales", csrf, "orderNo", marker + "-f1",
				"orderDate", "2026-02-03", "salespersonId", String.valueOf(manager.id()), "currency", "CNY",
				"lines[0].product", "Pump", "lines[0].quantity", "2", "lines[0].unitPrice", "100", "addLine", "1");
		assertThat(twoLines.status()).isEqualTo(200);
		assertThat(twoLines.body()).contains("name=\"lines[1].product\"").doesNotContain("is-invalid");
		assertThat(twoLines.body()).contains("value=\"Pump\"");

		Page oneLine = browser.postForm("/accounts/" + accountId + "/sales", csrf, "orderNo", marker + "-f1",
				"orderDate", "2026-02-03", "salespersonId", String.valueOf(manager.id()), "currency", "CNY",
				"lines[0].product", "Pump", "lines[0].quantity", "2", "lines[0].unitPrice", "100", "lines[1].product",
				"Valve", "lines[1].quantity", "3", "lines[1].unitPrice", "1.5", "removeLine", "0");
		assertThat(oneLine.status()).isEqualTo(200);
		assertThat(oneLine.body()).contains("value=\"Valve\"").doesNotContain("value=\"Pump\"");

		Page saved = browser.postForm("/accounts/" + accountId + "/sales", csrf, "orderNo", marker + "-f1", "orderDate",
				"2026-02-03", "salespersonId", String.valueOf(manager.id()), "currency", "CNY", "lines[0].product",
				"Pump", "lines[0].quantity", "2", "lines[0].unitPrice", "100", "lines[1].product", "Valve",
				"lines[1].quantity", "3", "lines[1].unitPrice", "1.5");
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(saved.location()).isEqualTo("/accounts/" + accountId + "?tab=sales");
		JsonNode order = manager.api().get("/api/v1/accounts/" + accountId + "/sales").json().get("items").get(0);
		assertThat(order.get("total").decimalValue()).isEqualByComparingTo("204.50");
		assertThat(order.get("lines")).hasSize(2);
	}

	@Test
	void errorsAreShownNextToTheFieldsAndNothingIsSaved() {
		SessionBrowser browser = signIn(manager);
		String csrf = browser.get("/accounts/" + accountId + "/sales/new").csrf();

		Page refused = browser.postForm("/accounts/" + accountId + "/sales", csrf, "orderNo", "", "orderDate",
				"2026-02-03", "salespersonId", String.valueOf(manager.id()), "currency", "XYZ", "lines[0].product",
				"Pump", "lines[0].quantity", "0", "lines[0].unitPrice", "abc");

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("<form").contains("is-invalid");
		assertThat(refused.body()).containsPattern("name=\"orderNo\"[^>]*is-invalid|is-invalid[^>]*name=\"orderNo\"");
		assertThat(refused.body()).containsPattern(
				"name=\"lines\\[0\\].quantity\"[^>]*is-invalid|is-invalid[^>]*name=\"lines\\[0\\].quantity\"");
		assertThat(total()).isZero();

		Page currency = browser.postForm("/accounts/" + accountId + "/sales", csrf, "orderNo", marker + "-e",
				"orderDate", "2026-02-03", "salespersonId", String.valueOf(manager.id()), "currency", "XYZ",
				"lines[0].product", "Pump", "lines[0].quantity", "1", "lines[0].unitPrice", "1");
		assertThat(currency.status()).isEqualTo(200);
		assertThat(currency.text()).contains("must be an ISO 4217 currency code such as CNY");
		assertThat(total()).isZero();

		Page chinese = browser.send("POST", "/accounts/" + accountId + "/sales",
				"_csrf=" + SessionBrowser.encode(csrf) + "&orderNo=" + marker + "-z&orderDate=2026-02-03&salespersonId="
						+ manager.id()
						+ "&currency=XYZ&lines%5B0%5D.product=P&lines%5B0%5D.quantity=1&lines%5B0%5D.unitPrice=1",
				"Content-Type", "application/x-www-form-urlencoded", "Accept-Language", "zh-CN");
		assertThat(chinese.text()).contains("必须是 ISO 4217 币种代码");
	}

	@Test
	void anOrderIsEditedWithItsVersionAndDeleted() {
		long id = addOrder("ed", "2026-01-10", "Motor", 1, "10");
		SessionBrowser browser = signIn(manager);
		Page edit = browser.get("/accounts/" + accountId + "/sales/" + id + "/edit");
		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.body()).contains("value=\"Motor\"").contains("name=\"version\"");

		Page saved = browser.postForm("/accounts/" + accountId + "/sales/" + id, edit.csrf(), "orderNo", marker + "-ed",
				"orderDate", "2026-01-11", "salespersonId", String.valueOf(manager.id()), "currency", "CNY", "version",
				"0", "lines[0].product", "Motor XL", "lines[0].quantity", "2", "lines[0].unitPrice", "10");
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		JsonNode order = manager.api().get("/api/v1/accounts/" + accountId + "/sales/" + id).json();
		assertThat(order.get("lines").get(0).get("product").asString()).isEqualTo("Motor XL");
		assertThat(order.get("version").asLong()).isEqualTo(1);

		Page stale = browser.postForm("/accounts/" + accountId + "/sales/" + id, edit.csrf(), "orderNo", marker + "-ed",
				"orderDate", "2026-01-11", "salespersonId", String.valueOf(manager.id()), "currency", "CNY", "version",
				"0", "lines[0].product", "Lost", "lines[0].quantity", "2", "lines[0].unitPrice", "10");
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("alert-warning").contains("value=\"Motor XL\"");

		Page deleted = browser.postForm("/accounts/" + accountId + "/sales/" + id + "/delete", edit.csrf());
		assertThat(deleted.status()).isEqualTo(302);
		assertThat(total()).isZero();
	}

	@Test
	void anAnalystSeesTheTabWithoutButtonsAndCannotOpenTheForm() {
		addOrder("an", "2026-01-10", "Motor", 1, "10");
		SessionBrowser analyst = signIn(users.create("ANALYST"));

		Page section = analyst.get("/accounts/" + accountId + "/sales/section", "HX-Request", "true");
		assertThat(section.status()).isEqualTo(200);
		assertThat(section.text()).contains(marker + "-an");
		assertThat(section.body()).doesNotContain("/sales/new").doesNotContain("/edit\"");

		assertThat(analyst.get("/accounts/" + accountId + "/sales/new").status()).isEqualTo(403);
		SessionBrowser stranger = signIn(users.create("ACCOUNT_MANAGER"));
		assertThat(stranger.get("/accounts/" + accountId + "/sales/section").status()).isEqualTo(403);
		assertThat(stranger.get("/accounts/" + accountId + "/sales/new").status()).isEqualTo(403);
		assertThat(new SessionBrowser(port).get("/sales").status()).isEqualTo(302);
	}

	@Test
	void theSalesListFiltersAcrossAccountsWithTheStateInTheUrl() {
		addOrder("l1", "2026-01-10", "Copper " + marker, 1, "10");
		addOrder("l2", "2026-02-10", "Steel " + marker, 1, "20");
		TestUsers.User colleague = users.create("ACCOUNT_MANAGER");
		long theirs = colleague.api().post("/api/v1/accounts", Map.of("name", "Theirs " + marker)).id();
		Map<String, Object> foreign = order("l3", "2026-02-11", "Steel " + marker, 1, "30");
		foreign.put("salespersonId", colleague.id());
		assertThat(colleague.api().post("/api/v1/accounts/" + theirs + "/sales", foreign).status()).isEqualTo(201);
		SessionBrowser browser = signIn(manager);

		Page list = browser.get("/sales?product=steel+" + marker);

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.text()).contains(marker + "-l2", "Pages Ltd " + marker)
			.doesNotContain(marker + "-l1")
			.doesNotContain(marker + "-l3");
		assertThat(list.body()).contains("value=\"steel " + marker + "\"");
		assertThat(list.body()).contains("href=\"/sales?product=steel+" + marker + "&amp;sort=total%2Cdesc\"");

		Page all = signIn(users.create("ANALYST")).get("/sales?product=" + marker + "&from=2026-02-01");
		assertThat(all.text()).contains(marker + "-l2", marker + "-l3").doesNotContain(marker + "-l1");
		assertThat(browser.get("/sales?from=notadate").status()).isEqualTo(400);
		assertThat(browser.get("/sales?sort=price").status()).isEqualTo(400);
		Page tooDeep = browser.get("/sales?page=999999");
		assertThat(tooDeep.status()).as("a page beyond the count cap").isEqualTo(400);
		assertThat(tooDeep.text()).contains("This list cannot be shown").contains("Page: must be at most");
	}

	@Test
	void theTabSpeaksChinese() {
		addOrder("zh", "2026-01-10", "电机", 1, "10");
		SessionBrowser browser = signIn(manager);

		Page section = browser.get("/accounts/" + accountId + "/sales/section", "Accept-Language", "zh-CN");

		assertThat(section.text()).contains("平均订单金额", "最近购买", "电机");
	}

	private long addOrder(String no, String date, String product, int quantity, String price) {
		Api.Response created = manager.api()
			.post("/api/v1/accounts/" + accountId + "/sales", order(no, date, product, quantity, price));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	private Map<String, Object> order(String no, String date, String product, int quantity, String price) {
		Map<String, Object> body = new HashMap<>();
		body.put("orderNo", marker + "-" + no);
		body.put("orderDate", date);
		body.put("salespersonId", manager.id());
		body.put("lines", List.of(Map.of("product", product, "quantity", quantity, "unitPrice", price)));
		return body;
	}

	private long total() {
		return manager.api().get("/api/v1/accounts/" + accountId + "/sales").json().get("total").asLong();
	}

	private SessionBrowser signIn(TestUsers.User user) {
		return new SessionBrowser(port).signIn(user.username(), TestUsers.PASSWORD);
	}

}
