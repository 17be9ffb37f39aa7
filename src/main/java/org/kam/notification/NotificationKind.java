package org.kam.notification;

import org.kam.shared.RecordKind;
import org.kam.shared.RecordKind.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Notifications: the signed-in user's notifications page in the main menu. They belong to
 * a user, not an account, so they have no tab.
 */
@Configuration(proxyBeanMethods = false)
public class NotificationKind {

	public static final RecordKind KIND = new RecordKind("notifications", "notification.title", null,
			new MenuEntry("/notifications", "notification.nav", 90));

	@Bean
	RecordKind notificationRecordKind() {
		return KIND;
	}

}
