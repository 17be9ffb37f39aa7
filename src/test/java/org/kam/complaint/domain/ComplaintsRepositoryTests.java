package org.kam.complaint.domain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kam.governance.SqlCondition;
import org.kam.support.Api;
import org.kam.support.BothDatabases;
import org.kam.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The complaint SQL on each database. */
@BothDatabases
class ComplaintsRepositoryTests {

	static final SqlCondition EVERYTHING = new SqlCondition("1 = 1", Map.of());

	@LocalServerPort
	int port;

	@Autowired
	Complaints complaints;

	@Test
	void aCappedCountStopsAtTheCap() {
		TestUsers.User manager = new TestUsers(new Api(port)).create("ACCOUNT_MANAGER");
		long accountId = manager.api().post("/api/v1/accounts", Map.of("name", "Counted complaints")).id();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		for (int i = 0; i < 3; i++) {
			Api.Response created = manager.api()
				.post("/api/v1/accounts/" + accountId + "/complaints",
						Map.of("receivedAt", now.minusHours(i + 1).toString(), "channel", "PHONE", "category",
								"DELIVERY", "severity", "LOW", "description", "Late delivery " + i));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
		}
		ComplaintFilter ofAccount = new ComplaintFilter(accountId, null, null, null, null);

		assertThat(complaints.countUpTo(ofAccount, EVERYTHING, now, 2)).isEqualTo(2);
		assertThat(complaints.countUpTo(ofAccount, EVERYTHING, now, 10)).isEqualTo(3);
		assertThat(complaints.count(ofAccount, EVERYTHING, now)).isEqualTo(3);
	}

}
