package org.kam.complaint.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * The complaints list updates in place: htmx gets only the results, a browser without
 * JavaScript the whole page, and the links work either way.
 */
@H2Test
class ComplaintListHtmxTests {

	@LocalServerPort
	int port;

	TestUsers.User manager;

	String marker;

	long accountId;

	@BeforeEach
	void setUp() {
		manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		marker = "h" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		accountId = manager.api().post("/api/v1/accounts", Map.of("name", "Htmx Ltd " + marker)).id();
		for (String severity : new String[] { "HIGH", "LOW", "LOW" }) {
			Map<String, Object> body = new HashMap<>();
			body.put("receivedAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString());
			body.put("channel", "EMAIL");
			body.put("category", "BILLING");
			body.put("severity", severity);
			body.put("description", severity + " " + marker);
			Api.Response created = manager.api().post("/api/v1/accounts/" + accountId + "/complaints", body);
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
		}
	}

	@Test
	void htmxGetsTheResultsWithoutTheLayout() {
		SessionBrowser browser = new SessionBrowser(port).signIn(manager.username(), TestUsers.PASSWORD);

		Page partial = browser.get("/complaints?accountId=" + accountId + "&severity=LOW", "HX-Request", "true");

		assertThat(partial.status()).isEqualTo(200);
		assertThat(partial.body()).doesNotContain("<html")
			.doesNotContain("id=\"filters\"")
			.contains("id=\"results\"")
			.contains("hx-push-url=\"true\"")
			.contains("LOW " + marker)
			.doesNotContain("HIGH " + marker)
			.contains("2 complaints");

		Page page = browser.get("/complaints?accountId=" + accountId + "&severity=LOW");
		assertThat(page.body()).contains("<html").contains("id=\"filters\"").contains("id=\"results\"");

		Page restored = browser.get("/complaints?accountId=" + accountId, "HX-Request", "true",
				"HX-History-Restore-Request", "true");
		assertThat(restored.body()).as("a history restore needs the whole page").contains("<html");
	}

	@Test
	void pageLinksKeepTheFiltersAndWorkWithoutJavaScript() {
		SessionBrowser browser = new SessionBrowser(port).signIn(manager.username(), TestUsers.PASSWORD);

		Page first = browser.get("/complaints?accountId=" + accountId + "&severity=LOW&size=1", "HX-Request", "true");

		assertThat(first.body())
			.contains("href=\"/complaints?accountId=" + accountId + "&amp;severity=LOW&amp;page=1&amp;size=1\"");
		Page second = browser.get("/complaints?accountId=" + accountId + "&severity=LOW&page=1&size=1");
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body()).contains("<html")
			.contains("href=\"/complaints?accountId=" + accountId + "&amp;severity=LOW&amp;size=1\" rel=\"prev\"");
	}

}
