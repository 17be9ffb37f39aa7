package org.kam.identity.domain;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.kam.identity.DemoUsers;
import org.kam.identity.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates the demo account managers with a few set-based statements. */
@Service
class DemoAccountManagers implements DemoUsers {

	private final Users users;

	private final PasswordEncoder passwordEncoder;

	DemoAccountManagers(Users users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	@Transactional
	public Team ensureAccountManagers(List<Wanted> wanted, OffsetDateTime now) {
		List<String> usernames = wanted.stream().map(Wanted::username).toList();
		Map<String, Long> existing = users.idsByUsername(usernames);
		List<Wanted> missing = wanted.stream().filter(user -> !existing.containsKey(user.username())).toList();
		if (!missing.isEmpty()) {
			// bcrypt is slow by design: one hash shared by all demo users, not one each
			users.insertAll(missing, passwordEncoder.encode(unguessablePassword()), now);
			Map<String, Long> created = users.idsByUsername(missing.stream().map(Wanted::username).toList());
			users.addRole(missing.stream().map(user -> created.get(user.username())).toList(), Role.ACCOUNT_MANAGER);
			existing.putAll(created);
		}
		List<Long> ids = new ArrayList<>(wanted.size());
		usernames.forEach(username -> ids.add(existing.get(username)));
		return new Team(ids, missing.size());
	}

	private static String unguessablePassword() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
