package org.kam.notification;

import org.junit.jupiter.api.Test;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The notifications page reads its paging like every list page: a bad size is a 400. */
@H2Test
class NotificationPagesTests {

	@LocalServerPort
	int port;

	@Test
	void thePageHonoursItsSizeAndRefusesABadOne() {
		SessionBrowser browser = new SessionBrowser(port).signIn("admin", TestUsers.ADMIN_PASSWORD);

		assertThat(browser.get("/notifications?size=5").status()).isEqualTo(200);
		assertThat(browser.get("/notifications?unread=true&page=0&size=5").status()).isEqualTo(200);
		assertThat(browser.get("/notifications?size=0").status()).isEqualTo(400);
		assertThat(browser.get("/notifications?size=x").status()).isEqualTo(400);
		assertThat(browser.get("/notifications?page=-1").status()).isEqualTo(400);
	}

}
