package org.kam.dataops;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.kam.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo account managers am001, am002, … who own the demo accounts. They are enabled
 * users (so that they can be picked as owners) whose password nobody knows: an admin sets
 * one to sign in as them.
 */
@Component
class DemoUsers {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	DemoUsers(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * The ids of {@code count} demo account managers and how many of them had to be
	 * created.
	 */
	record Team(List<Long> ids, int created) {
	}

	@Transactional
	Team ensure(int count, long seed, OffsetDateTime now) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Long> ids = new ArrayList<>(count);
		String passwordHash = null;
		int created = 0;
		for (int i = 1; i <= count; i++) {
			String username = "am%03d".formatted(i);
			String displayName = PersonNames.chinese(random).name();
			Optional<Long> existing = jdbc.sql("select id from app_user where username = :username")
				.param("username", username)
				.query(Long.class)
				.optional();
			if (existing.isPresent()) {
				ids.add(existing.get());
				continue;
			}
			if (passwordHash == null) {
				// bcrypt is slow by design: one hash shared by all demo users, not one
				// each
				passwordHash = passwordEncoder.encode(unguessablePassword());
			}
			ids.add(insert(username, passwordHash, displayName, now));
			created++;
		}
		return new Team(List.copyOf(ids), created);
	}

	private long insert(String username, String passwordHash, String displayName, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into app_user (username, password_hash, display_name, enabled, created_at, updated_at, version)
				values (:username, :hash, :displayName, true, :now, :now, 0)""")
			.param("username", username)
			.param("hash", passwordHash)
			.param("displayName", displayName)
			.param("now", now)
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		jdbc.sql("insert into app_user_role (user_id, role) values (:id, :role)")
			.param("id", id)
			.param("role", Role.ACCOUNT_MANAGER.name())
			.update();
		return id;
	}

	private static String unguessablePassword() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
