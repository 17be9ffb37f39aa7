package org.kam.notification.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.kam.identity.CurrentUser;
import org.kam.identity.Role;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes notifications and shows each user their own, in their language. */
@Service
public class NotificationService {

	private final Notifications notifications;

	private final MessageSource messages;

	private final Clock clock;

	NotificationService(Notifications notifications, MessageSource messages, Clock clock) {
		this.notifications = notifications;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public int add(Collection<Long> recipients, String kind, String textKey, List<String> args, String link) {
		if (recipients.isEmpty()) {
			return 0;
		}
		return notifications.insert(recipients, kind, textKey, args, link, OffsetDateTime.now(clock));
	}

	/**
	 * One notification to a role: every user who holds it when reading, including those
	 * created or given the role later, sees it, each with their own read state.
	 */
	@Transactional
	public void addForRole(Role role, String kind, String textKey, List<String> args, String link) {
		notifications.insertForRole(role.name(), kind, textKey, args, link, OffsetDateTime.now(clock));
	}

	/** The signed-in user's notifications, newest first. */
	@Transactional(readOnly = true)
	public PageResult<Notification> list(CurrentUser user, boolean unreadOnly, PageQuery page, Locale locale) {
		Notifications.Reader reader = reader(user);
		List<Notification> items = notifications.page(reader, unreadOnly, page.size(), page.offset())
			.stream()
			.map(row -> said(row, locale))
			.toList();
		return new PageResult<>(items, page.page(), page.size(), notifications.count(reader, unreadOnly));
	}

	@Transactional(readOnly = true)
	public long unread(CurrentUser user) {
		return notifications.count(reader(user), true);
	}

	/** Another user's notification is as unknown as a missing one. */
	@Transactional
	public void markRead(CurrentUser user, long id) {
		if (!notifications.isFor(reader(user), id)) {
			throw new NotFoundException("Notification", id);
		}
		notifications.markRead(user.id(), id, OffsetDateTime.now(clock));
	}

	private static Notifications.Reader reader(CurrentUser user) {
		return new Notifications.Reader(user.id(), user.roles().stream().map(Role::name).collect(Collectors.toSet()));
	}

	private Notification said(Notifications.Row row, Locale locale) {
		String text = row.text();
		if (row.textKey() != null) {
			String fallback = text == null ? row.textKey() : text;
			text = messages.getMessage(row.textKey(), row.args().toArray(), fallback, locale);
		}
		return new Notification(row.id(), row.kind(), row.textKey(), row.args(), text, row.link(), row.createdAt(),
				row.readAt());
	}

}
