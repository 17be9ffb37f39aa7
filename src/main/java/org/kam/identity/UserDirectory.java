package org.kam.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Lookups other modules may make about users without touching identity's tables. */
public interface UserDirectory {

	/** Whether the user exists and may sign in (an owner must be such a user). */
	boolean isActiveUser(long userId);

	/** Names to show for the given user ids; unknown ids are left out. */
	Map<Long, UserRef> find(Collection<Long> userIds);

	/**
	 * Active users whose name or username contains {@code text}, by name, at most
	 * {@code limit}.
	 */
	List<UserRef> searchActive(String text, int limit);

}
