package org.kam.contract.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kam.governance.SqlCondition;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract SQL on each database. */
@BothDatabases
class ContractsRepositoryTests {

	static final SqlCondition EVERYTHING = new SqlCondition("1 = 1", Map.of());

	@LocalServerPort
	int port;

	@Autowired
	Contracts contracts;

	@Test
	void aCappedCountStopsAtTheCap() {
		TestUsers.User manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		String marker = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		long accountId = manager.api().post("/api/v1/accounts", Map.of("name", "Counted " + marker)).id();
		for (int i = 0; i < 3; i++) {
			Api.Response created = manager.api()
				.post("/api/v1/accounts/" + accountId + "/contracts",
						Map.of("number", "HT-" + marker + "-" + i, "title", "Counted " + marker));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
		}
		ContractFilter byMarker = new ContractFilter(null, null, null, null, marker);
		LocalDate today = LocalDate.now();

		assertThat(contracts.countUpTo(byMarker, today, EVERYTHING, 2)).isEqualTo(2);
		assertThat(contracts.countUpTo(byMarker, today, EVERYTHING, 10)).isEqualTo(3);
		assertThat(contracts.count(byMarker, today, EVERYTHING)).isEqualTo(3);
	}

}
