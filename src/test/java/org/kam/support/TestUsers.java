package org.kam.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Creates users through the API, each with a name no other test uses. */
public final class TestUsers {

	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "admin-test-password";

	public static final String PASSWORD = "test-password-1";

	/**
	 * kam.login.address-max-failures in the tests: all their clients come from one
	 * address, and many send a wrong password on purpose.
	 */
	public static final int ADDRESS_MAX_FAILURES = 100_000;

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Api api;

	public TestUsers(Api api) {
		this.api = api;
	}

	public Api admin() {
		return api.as(ADMIN, ADMIN_PASSWORD);
	}

	/** A new enabled user in the given roles, signed in. */
	public User create(String... roles) {
		String username = "u" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet() + "-"
				+ roles[0].toLowerCase();
		Api.Response created = admin().post("/api/v1/users", Map.of("username", username, "password", PASSWORD,
				"displayName", "Test " + username, "roles", List.of(roles)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new User(created.id(), username, api.as(username, PASSWORD));
	}

	public record User(long id, String username, Api api) {
	}

}
