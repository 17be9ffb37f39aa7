package org.kam.identity.domain;

import org.kam.identity.CurrentUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class KamUserDetailsService implements UserDetailsService {

	private final Users users;

	KamUserDetailsService(Users users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		User user = users.findByUsername(UserService.normalize(username))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		String hash = users.passwordHash(user.id()).orElseThrow();
		return new KamUserDetails(new CurrentUser(user.id(), user.username(), user.displayName(), user.roles()),
				user.enabled(), users.securityStamp(user.id()), hash);
	}

}
