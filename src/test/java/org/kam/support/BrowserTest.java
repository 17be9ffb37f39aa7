package org.kam.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test class that drives one headless {@link Chromium} for all its tests: started
 * before the first, closed after the last, skipped (or failed under CI) where there is
 * none.
 */
@ExtendWith(Chromium.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

	protected Playwright playwright;

	protected Browser browser;

	/** The port of the server under test (the subclass starts it on a random port). */
	@LocalServerPort
	protected int port;

	/** An address on the server under test. */
	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	@BeforeAll
	void startBrowser() {
		playwright = Chromium.playwright();
		browser = Chromium.launch(playwright);
	}

	/**
	 * Signs in through the login form of the server at {@code base} (scheme, host and
	 * port) and waits for "my day", where a sign-in lands.
	 */
	public static void signIn(Page page, String base, String username, String password) {
		page.navigate(base + "/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("main button[type=submit]").click();
		page.waitForURL(base + "/");
	}

	@AfterAll
	void stopBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}

}
