package org.kam.identity.domain;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.kam.identity.CurrentUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class KamUserDetailsService implements UserDetailsService {

	private final Users users;

	private final Clock clock;

	KamUserDetailsService(Users users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		User user = users.findByUsername(UserService.normalize(username))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		String hash = users.passwordHash(user.id()).orElseThrow();
		boolean locked = users.lockedUntil(user.id())
			.map(until -> until.isAfter(OffsetDateTime.now(clock)))
			.orElse(false);
		return new KamUserDetails(new CurrentUser(user.id(), user.username(), user.displayName(), user.roles()),
				user.enabled(), locked, hash);
	}

}
