package org.kam.identity.domain;

import org.springframework.stereotype.Component;

/**
 * Whether what a signed-in principal was granted still holds. Sessions live in the memory
 * of one node, so the answer comes from the database (one read by primary key): disabling
 * a user, changing their roles or resetting their password on any node raises their
 * security stamp, and every session holding the old stamp ends on its next request.
 */
@Component
public class SessionValidity {

	private final Users users;

	SessionValidity(Users users) {
		this.users = users;
	}

	public boolean stillHolds(KamUserDetails principal) {
		return users.stampIfEnabled(principal.currentUser().id())
			.map(stamp -> stamp == principal.securityStamp())
			.orElse(false);
	}

}
