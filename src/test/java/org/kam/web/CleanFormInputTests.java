package org.kam.web;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser.Page;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages apply the same text and date rules as the API: the form comes back with the
 * reason next to the field, in the user's language, and nothing is stored.
 */
@H2Test
class CleanFormInputTests {

	@LocalServerPort
	int port;

	TestUsers.User manager;

	SessionBrowser browser;

	String marker;

	@BeforeEach
	void setUp() {
		manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		browser = new SessionBrowser(port).signIn(manager.username(), TestUsers.PASSWORD);
		marker = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	long accountsNamed(String text) {
		return manager.api().get("/api/v1/accounts?q=" + text).json().get("total").asLong();
	}

	@Test
	void aNameWithNulOrADirectionOverrideShowsTheFormAgainWithTheReason() {
		for (String name : new String[] { "Nul\u0000" + marker, "\u202e" + marker }) {
			Page refused = browser.postForm("/accounts", browser.get("/accounts/new").csrf(), "name", name, "status",
					"POTENTIAL", "urgency", "CAN_WAIT");

			assertThat(refused.status()).isEqualTo(200);
			assertThat(refused.body()).contains("<form").contains("is-invalid");
			assertThat(refused.text()).contains("must not contain control characters or text direction overrides");
		}
		assertThat(accountsNamed(marker)).isZero();
	}

	@Test
	void theReasonIsInChineseForAChineseUser() {
		browser.get("/language/zh-CN?return=/accounts/new");

		Page refused = browser.postForm("/accounts", browser.get("/accounts/new").csrf(), "name", "空字符\u0000" + marker,
				"status", "POTENTIAL", "urgency", "CAN_WAIT");

		assertThat(refused.text()).contains("不能包含控制字符或文字方向控制符");
	}

	@Test
	void aNameIsTrimmedAndComposed() {
		Page created = browser.postForm("/accounts", browser.get("/accounts/new").csrf(), "name",
				"  Cafe\u0301 " + marker + " ", "status", "POTENTIAL", "urgency", "CAN_WAIT");

		assertThat(created.status()).isEqualTo(302);
		assertThat(manager.api().get("/api/v1/accounts?q=" + marker).json().get("items").get(0).get("name").asString())
			.isEqualTo("Caf\u00e9 " + marker);
	}

	@Test
	void aSearchWithAPastedInvisibleMarkStillSearches() {
		manager.api().post("/api/v1/accounts", Map.of("name", "Searched " + marker));

		Page list = browser.get("/accounts?q=%E2%80%8E" + marker + "%00");

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Searched " + marker);
	}

	@Test
	void anImplausibleBirthdayShowsTheContactFormAgain() {
		long id = manager.api().post("/api/v1/accounts", Map.of("name", "Contacts " + marker)).id();
		for (String day : new String[] { "0000-01-01", "1850-01-01" }) {
			Page refused = browser.postForm("/accounts/" + id + "/contacts",
					browser.get("/accounts/" + id + "/contacts/new").csrf(), "name", "Zhang", "birthday", day);

			assertThat(refused.status()).as(day).isEqualTo(200);
			assertThat(refused.body()).contains("<form").contains("is-invalid");
		}
		assertThat(manager.api().get("/api/v1/accounts/" + id + "/contacts").json().get("total").asLong()).isZero();
	}

}
