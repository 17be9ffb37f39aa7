package org.kam.notification.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kam.shared.ListLinks;
import org.kam.shared.PageQuery;
import org.kam.shared.Paged;

/**
 * The notification list's state, all of it in the URL (the page) or the query string (the
 * API): all notifications or only the unread ones, and the page.
 */
record NotificationQuery(@Schema(defaultValue = "false") Boolean unread, @Schema(defaultValue = "0") Integer page,
		@Schema(defaultValue = "" + PageQuery.DEFAULT_SIZE) Integer size) implements Paged {

	boolean onlyUnread() {
		return Boolean.TRUE.equals(unread);
	}

	public String withPage(int newPage) {
		return ListLinks.to("/notifications")
			.with("unread", unread)
			.with(ListLinks.PAGE, page)
			.with(ListLinks.SIZE, size)
			.toPage(newPage);
	}

}
