package org.kam.identity;

/** Lookups other modules may make about users without touching identity's tables. */
public interface UserDirectory {

	/** Whether the user exists and may sign in (an owner must be such a user). */
	boolean isActiveUser(long userId);

}
