package org.kam.notification;

import java.util.Collection;
import java.util.List;

import org.kam.identity.Role;
import org.kam.notification.domain.NotificationService;
import org.springframework.stereotype.Service;

/** What other modules may ask: tell some users something. */
@Service
public class NotificationApi {

	private final NotificationService notifications;

	NotificationApi(NotificationService notifications) {
		this.notifications = notifications;
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

	/**
	 * The same to whoever holds the role when they read it, not only to those holding it
	 * now: a manager created, or made a manager, later still sees what was sent to the
	 * managers before. Each reader has their own read state.
	 */
	public void notifyRole(Role role, String kind, String textKey, List<String> args, String link) {
		notifications.addForRole(role, kind, textKey, args, link);
	}

}
