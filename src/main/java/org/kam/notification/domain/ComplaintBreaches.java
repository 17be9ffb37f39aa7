package org.kam.notification.domain;

import java.util.List;

import org.kam.complaint.ComplaintBreached;
import org.kam.identity.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the team managers of a breached complaint target: one notification to the MANAGER
 * role, so a manager created or appointed later sees it too. Runs after the escalation
 * committed, in its own transaction; when it fails the publication stays incomplete and
 * is delivered again on the next start.
 */
@Component
class ComplaintBreaches {

	private final NotificationService notifications;

	ComplaintBreaches(NotificationService notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(ComplaintBreached breach) {
		notifications.addForRole(Role.MANAGER, "complaint.breach." + breach.target(),
				"complaint.notification.breach." + breach.target(),
				List.of(breach.accountName(), String.valueOf(breach.complaintId())), breach.link());
	}

}
