package org.kam.serviceplan.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kam.governance.SqlCondition;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The capped count of the list across accounts stops where it is told to. */
@H2Test
class ServicePlanCountTests {

	@LocalServerPort
	int port;

	@Autowired
	ServicePlans plans;

	@Test
	void countingStopsAtTheCap() {
		TestUsers.User owner = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		String marker = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Api.Response account = owner.api().post("/api/v1/accounts", Map.of("name", "Capped " + marker));
		assertThat(account.status()).as(account.toString()).isEqualTo(201);
		for (int i = 0; i < 3; i++) {
			Api.Response created = owner.api()
				.post("/api/v1/accounts/" + account.id() + "/service-plans",
						Map.of("service", "Visit " + i, "method", "ON_SITE", "dueOn", LocalDate.now().toString()));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
		}
		SqlCondition ofTheAccount = new SqlCondition("a.id = :capped", Map.of("capped", account.id()));
		LocalDate today = LocalDate.now();

		assertThat(plans.countUpTo(ServicePlanFilter.none(), ofTheAccount, today, 2)).isEqualTo(2);
		assertThat(plans.countUpTo(ServicePlanFilter.none(), ofTheAccount, today, 10)).isEqualTo(3);
	}

}
