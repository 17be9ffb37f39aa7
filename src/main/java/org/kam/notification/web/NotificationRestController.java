package org.kam.notification.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.kam.identity.CurrentUser;
import org.kam.notification.domain.Notification;
import org.kam.notification.domain.NotificationService;
import org.kam.shared.PageResult;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The signed-in user's in-app notifications")
class NotificationRestController {

	private final NotificationService notifications;

	NotificationRestController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	PageResult<Notification> list(@ParameterObject @ModelAttribute NotificationQuery query, CurrentUser user,
			Locale locale) {
		return notifications.list(user, query.onlyUnread(), query.pageQuery(), locale);
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> read(@PathVariable long id, CurrentUser user) {
		notifications.markRead(user, id);
		return ResponseEntity.noContent().build();
	}

}
