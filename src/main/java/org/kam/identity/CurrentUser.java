package org.kam.identity;

import java.util.Set;

/** The signed-in user as other modules see it: who, and in which roles. */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles) {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean hasAnyRole(Role... wanted) {
		for (Role role : wanted) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

}
