package org.kam.shared;

import java.util.List;

/**
 * Addresses a module serves to people who are not signed in (a customer's survey link),
 * declared as a bean beside the controller that serves them; the security configuration
 * opens exactly these and nothing else. The module checks access itself (a one-time
 * token, a rate limit). Admin addresses stay admin-only whatever is declared here.
 *
 * @param patterns path patterns, e.g. {@code /s/**}
 */
public record PublicPaths(List<String> patterns) {

	public PublicPaths {
		patterns = List.copyOf(patterns);
		if (patterns.isEmpty()) {
			throw new IllegalArgumentException("no public path");
		}
		for (String pattern : patterns) {
			// a stray "/**" would open the whole application
			if (!pattern.startsWith("/") || pattern.length() < 2 || pattern.startsWith("/**")) {
				throw new IllegalArgumentException("not a module's own public path: " + pattern);
			}
		}
	}

	public static PublicPaths of(String... patterns) {
		return new PublicPaths(List.of(patterns));
	}

}
