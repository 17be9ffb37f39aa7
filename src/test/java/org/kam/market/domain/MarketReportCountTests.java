package org.kam.market.domain;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kam.support.Api;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The capped count of the market report list stops where it is told to. */
@H2Test
class MarketReportCountTests {

	@LocalServerPort
	int port;

	@Autowired
	MarketReports reports;

	@Test
	void countingStopsAtTheCap() {
		TestUsers.User analyst = new TestUsers(new Api(port)).create("ANALYST");
		String marker = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		for (int i = 0; i < 3; i++) {
			Api.Response created = analyst.api()
				.post("/api/v1/market-reports", Map.of("title", "Capped " + i + " " + marker, "industry", "信息技术",
						"province", "广东省", "period", "2026-H1"));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
		}
		MarketReportFilter byMarker = new MarketReportFilter(marker, null, null, null, null, null, null);

		assertThat(reports.countUpTo(byMarker, 2)).isEqualTo(2);
		assertThat(reports.countUpTo(byMarker, 10)).isEqualTo(3);
	}

}
