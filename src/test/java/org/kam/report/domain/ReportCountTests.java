package org.kam.report.domain;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kam.governance.SqlCondition;
import org.kam.report.ReportFixtures;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The capped count of the report list across accounts stops where it is told to. */
@H2Test
class ReportCountTests {

	@LocalServerPort
	int port;

	@Autowired
	Reports reports;

	@Test
	void countingStopsAtTheCap() {
		TestUsers.User owner = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		long accountId = ReportFixtures.account(owner, "Capped " + marker, null);
		for (String period : new String[] { "2002-01", "2002-02", "2002-03" }) {
			ReportFixtures.generate(owner, accountId, period);
		}
		SqlCondition ofTheAccount = new SqlCondition("a.id = :capped", Map.of("capped", accountId));

		assertThat(reports.countAcrossUpTo(null, null, ofTheAccount, 2)).isEqualTo(2);
		assertThat(reports.countAcrossUpTo(null, null, ofTheAccount, 10)).isEqualTo(3);
	}

}
