package org.kam.survey;

import org.junit.jupiter.api.Test;
import org.kam.support.H2Test;
import org.kam.support.LimitsUnderTest;
import org.kam.web.SessionBrowser;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public links are rate limited per client address (a small limit and a long window,
 * in the context of {@link LimitsUnderTest}, where nothing else uses the links).
 */
@H2Test
@LimitsUnderTest
class SurveyLinkRateLimitTests {

	@LocalServerPort
	int port;

	@Test
	void tooManyRequestsFromOneAddressAreAnswered429() {
		SessionBrowser client = new SessionBrowser(port);
		for (int i = 0; i < 5; i++) {
			assertThat(client.get("/s/" + "C".repeat(43)).status()).isEqualTo(404);
		}

		SessionBrowser.Page refused = client.get("/s/" + "C".repeat(43));

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isEqualTo("3600");
		assertThat(client.postForm("/s/" + "D".repeat(43), null, "overall", "5").status()).isEqualTo(429);
		assertThat(new SessionBrowser(port).get("/login").status()).as("only the public links").isEqualTo(200);
	}

}
