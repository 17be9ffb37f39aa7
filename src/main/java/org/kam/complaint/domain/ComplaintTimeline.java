package org.kam.complaint.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.kam.account.TimelineEntry;
import org.kam.account.TimelineSource;
import org.kam.complaint.ComplaintKind;
import org.kam.shared.RecordKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Complaints on the account timeline, at the time they were received. */
@Component
class ComplaintTimeline implements TimelineSource {

	private static final int TITLE_LENGTH = 80;

	private final Complaints complaints;

	private final MessageSource messages;

	private final Clock clock;

	ComplaintTimeline(Complaints complaints, MessageSource messages, Clock clock) {
		this.complaints = complaints;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public RecordKind kind() {
		return ComplaintKind.KIND;
	}

	@Override
	public List<TimelineEntry> entries(long accountId, OffsetDateTime before, int limit) {
		Locale locale = LocaleContextHolder.getLocale();
		return complaints.receivedBefore(accountId, before, limit, OffsetDateTime.now(clock))
			.stream()
			.map(c -> new TimelineEntry(ComplaintKind.KIND, c.receivedAt(), title(c.description()),
					String.join(" · ", say("complaint.category." + c.category(), locale),
							say("complaint.severity." + c.severity(), locale),
							say("complaint.status." + c.status(), locale)),
					"/accounts/" + accountId + "/complaints/" + c.id() + "/edit"))
			.toList();
	}

	private String say(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String title(String description) {
		String line = description.strip().replaceAll("\\s+", " ");
		return line.length() <= TITLE_LENGTH ? line : line.substring(0, TITLE_LENGTH - 1) + "…";
	}

}
