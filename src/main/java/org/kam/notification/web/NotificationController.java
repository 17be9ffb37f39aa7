package org.kam.notification.web;

import java.util.Locale;

import org.kam.identity.CurrentUser;
import org.kam.notification.domain.NotificationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's notifications page. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String list(@ModelAttribute("query") NotificationQuery query, CurrentUser user, Locale locale, Model model) {
		model.addAttribute("result", notifications.list(user, query.onlyUnread(), query.pageQuery(), locale));
		model.addAttribute("unread", query.onlyUnread());
		return "notification/list";
	}

	@PostMapping("/{id}/read")
	String read(@PathVariable long id, @RequestParam(defaultValue = "false") boolean unread, CurrentUser user) {
		notifications.markRead(user, id);
		return "redirect:/notifications" + (unread ? "?unread=true" : "");
	}

}
