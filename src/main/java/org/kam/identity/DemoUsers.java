package org.kam.identity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The account managers who own demo accounts, created in bulk: enabled users (so that
 * they can be picked as owners) with the role ACCOUNT_MANAGER and a password nobody
 * knows; an admin sets one to sign in as them.
 */
public interface DemoUsers {

	/** A demo user wanted under this username. */
	record Wanted(String username, String displayName) {
	}

	/** The users' ids in the order asked, and how many of them had to be created. */
	record Team(List<Long> ids, int created) {

		public Team {
			ids = List.copyOf(ids);
		}

	}

	/**
	 * Creates the wanted users whose username is free, in one transaction; a username
	 * already taken keeps its user as it is.
	 */
	Team ensureAccountManagers(List<Wanted> users, OffsetDateTime now);

}
