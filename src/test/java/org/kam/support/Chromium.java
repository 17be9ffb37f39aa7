package org.kam.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium ({@code KAM_CHROMIUM} overrides the path), driven by Playwright,
 * which never downloads a browser of its own. As a condition
 * ({@code @ExtendWith(Chromium.class)}) it skips a browser test with a message where no
 * Chromium is installed, except under {@code CI=true}, where that fails the run.
 */
public final class Chromium implements ExecutionCondition {

	public static final Path EXECUTABLE = Paths.get(System.getenv().getOrDefault("KAM_CHROMIUM", "/usr/bin/chromium"));

	// no sandbox as root in containers; nothing that reaches out to Google's services
	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(EXECUTABLE)) {
			return ConditionEvaluationResult.enabled("Chromium at " + EXECUTABLE);
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but there is no Chromium at " + EXECUTABLE
					+ ": install the chromium package (.ci/run does)");
		}
		String reason = "Browser tests SKIPPED: no Chromium at " + EXECUTABLE + " (apt-get install chromium)";
		System.err.println("*** " + reason);
		return ConditionEvaluationResult.disabled(reason);
	}

	public static Playwright playwright() {
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	/** A headless Chromium; closed with its {@link Playwright}. */
	public static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGS));
	}

	/**
	 * Collects the page's script errors and console errors (CSP refusals among them) as
	 * they happen, each after the address of the page, for a test to assert that there
	 * were none. A resource that failed to load (a missing favicon) is not counted: its
	 * page is not at fault.
	 */
	public static List<String> consoleErrors(Page page) {
		List<String> errors = new ArrayList<>();
		page.onConsoleMessage(m -> {
			if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
				errors.add(page.url() + ": " + m.text());
			}
		});
		page.onPageError(error -> errors.add(page.url() + ": " + error));
		return errors;
	}

}
