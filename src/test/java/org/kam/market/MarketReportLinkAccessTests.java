package org.kam.market;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.governance.AccountAccessPolicy;
import org.kam.governance.SqlCondition;
import org.kam.identity.CurrentUser;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doReturn;

/**
 * Linking accounts a writer may not read. Today every role that writes reports reads
 * every account, so the access policy is narrowed here for one analyst, as the governance
 * work (record-level rules) will do: that analyst reads only the accounts they own.
 */
@H2Test
class MarketReportLinkAccessTests {

	static final String REPORTS = "/api/v1/market-reports";

	@LocalServerPort
	int port;

	@MockitoSpyBean
	AccountAccessPolicy policy;

	TestUsers users;

	TestUsers.User restricted;

	TestUsers.User analyst;

	String marker;

	long othersAccount;

	long ownAccount;

	@BeforeEach
	void setUp() {
		users = new TestUsers(new Api(port));
		restricted = users.create("ANALYST");
		analyst = users.create("ANALYST");
		marker = "la" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		long restrictedId = restricted.id();
		doReturn(new SqlCondition("a.owner_id = :policyUserId", Map.of("policyUserId", restrictedId))).when(policy)
			.readable(argThat((CurrentUser user) -> user != null && user.id() == restrictedId), anyString());
		TestUsers.User owner = users.create("ACCOUNT_MANAGER");
		othersAccount = owner.api().post("/api/v1/accounts", Map.of("name", "Others " + marker)).id();
		Api.Response own = users.admin()
			.post("/api/v1/accounts", Map.of("name", "Own " + marker, "ownerId", restrictedId));
		assertThat(own.status()).as(own.toString()).isEqualTo(201);
		ownAccount = own.id();
	}

	Map<String, Object> report(List<Long> accountIds) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", "Links " + marker);
		body.put("industry", "物流");
		body.put("period", "2026");
		body.put("accountIds", accountIds);
		return body;
	}

	@Test
	void linkingAnAccountTheWriterMayNotReadIsRefusedAndNamesTheAccount() {
		Api.Response refused = restricted.api().post(REPORTS, report(List.of(ownAccount, othersAccount)));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		JsonNode error = refused.json().get("errors").get(0);
		assertThat(refused.json().get("errors").size()).isEqualTo(1);
		assertThat(error.get("field").asString()).isEqualTo("accountIds");
		assertThat(error.get("message").asString())
			.isEqualTo("you may not read account " + othersAccount + ", so you cannot link it");
		assertThat(analyst.api().get(REPORTS + "?q=" + marker).json().get("total").asLong()).isZero();

		assertThat(restricted.api().post(REPORTS, report(List.of(ownAccount))).status()).isEqualTo(201);
	}

	@Test
	void anEditKeepsTheLinksTheEditorCannotSee() {
		Api.Response created = analyst.api().post(REPORTS, report(List.of(ownAccount, othersAccount)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.id();

		JsonNode seen = restricted.api().get(REPORTS + "/" + id).json();
		assertThat(seen.get("accountIds").toString()).isEqualTo("[" + ownAccount + "]");
		assertThat(seen.get("hiddenAccounts").asInt()).isEqualTo(1);

		Map<String, Object> change = report(List.of());
		change.put("title", "Changed " + marker);
		change.put("version", 0);
		Api.Response updated = restricted.api().put(REPORTS + "/" + id, change);
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("accountIds").size()).isZero();
		assertThat(updated.json().get("hiddenAccounts").asInt()).isEqualTo(1);

		JsonNode after = analyst.api().get(REPORTS + "/" + id).json();
		assertThat(after.get("accountIds").toString()).as("the hidden link is kept, the visible one removed")
			.isEqualTo("[" + othersAccount + "]");
	}

}
