package org.kam.notification.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A message for one user: a message key with arguments ({@code textKey}, {@code args}),
 * and {@code text}, the message said in the reader's language.
 */
public record Notification(long id, String kind, String textKey, List<String> args, String text, String link,
		OffsetDateTime createdAt, OffsetDateTime readAt) {

	public Notification {
		args = List.copyOf(args);
	}

	public boolean read() {
		return readAt != null;
	}

}
