package org.kam.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium, driven by Playwright. Browser tests are skipped with a message where
 * no Chromium is installed, except under {@code CI=true}, where that fails the run.
 */
final class Chromium implements ExecutionCondition {

	static final Path EXECUTABLE = Paths.get(System.getenv().getOrDefault("KAM_CHROMIUM", "/usr/bin/chromium"));

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

	static Playwright playwright() {
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGS));
	}

}
