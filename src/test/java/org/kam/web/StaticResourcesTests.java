package org.kam.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kam.support.H2Test;
import org.kam.support.TestUsers;
import org.kam.web.SessionBrowser.Page;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The static files are served from their own paths (StaticResources), webjar links in the
 * pages carry their version, and page links are left as written.
 */
@H2Test
class StaticResourcesTests {

	private static final Pattern WEBJAR = Pattern.compile("/webjars/htmx\\.org/([0-9][^/]*)/dist/htmx\\.min\\.js");

	@LocalServerPort
	int port;

	@Test
	void pagesLinkVersionedWebjarsAndEveryStaticFileIsServed() {
		SessionBrowser browser = new SessionBrowser(port).signIn("admin", TestUsers.ADMIN_PASSWORD);
		Page home = browser.get("/accounts");
		assertThat(home.status()).isEqualTo(200);
		Matcher htmx = WEBJAR.matcher(home.body());
		assertThat(htmx.find()).as("a versioned htmx link").isTrue();
		assertThat(home.body()).contains("href=\"/css/kam.css\"").contains("href=\"/accounts/new\"");

		for (String path : new String[] { htmx.group(), "/webjars/htmx.org/dist/htmx.min.js",
				"/webjars/bootstrap/css/bootstrap.min.css", "/webjars/chart.js/dist/chart.umd.js", "/css/kam.css",
				"/js/kam.js", "/favicon.ico" }) {
			assertThat(browser.get(path).status()).as(path).isEqualTo(200);
		}
		assertThat(browser.get("/css/missing.css").status()).isEqualTo(404);
	}

}
