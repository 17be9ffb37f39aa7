package org.kam.notification;

import java.util.Collection;
import java.util.List;

import org.kam.identity.Role;
import org.kam.identity.UserDirectory;
import org.kam.notification.domain.NotificationService;
import org.springframework.stereotype.Service;

/** What other modules may ask: tell some users something. */
@Service
public class NotificationApi {

	/**
	 * A bound on the recipients of a role-wide message: a team has a handful of managers,
	 * not thousands.
	 */
	private static final int MAX_ROLE_RECIPIENTS = 1000;

	private final NotificationService notifications;

	private final UserDirectory users;

	NotificationApi(NotificationService notifications, UserDirectory users) {
		this.notifications = notifications;
		this.users = users;
	}

	/**
	 * One notification per recipient; the text is a message key with its arguments, said
	 * in each reader's language.
	 * @param kind what it is about, e.g. {@code complaint.breach.RESPONSE}
	 * @param link the page it points to, or null
	 * @return the number written
	 */
	public int notify(Collection<Long> recipientIds, String kind, String textKey, List<String> args, String link) {
		return notifications.add(recipientIds, kind, textKey, args, link);
	}

	/** The same to every active user holding the role; answers the number written. */
	public int notifyRole(Role role, String kind, String textKey, List<String> args, String link) {
		return notify(users.activeUserIdsWithRole(role, MAX_ROLE_RECIPIENTS), kind, textKey, args, link);
	}

}
