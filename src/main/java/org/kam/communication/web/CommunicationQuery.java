package org.kam.communication.web;

import java.time.LocalDate;

import org.kam.communication.Channel;
import org.kam.communication.domain.CommunicationFilter;
import org.kam.shared.ListLinks;
import org.kam.shared.Paged;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The cross-account list's state, all of it in the URL so that a view can be shared and
 * the back button works.
 */
public record CommunicationQuery(Long accountId, Channel channel,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Long ownerId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore, Integer page, Integer size,
		String sort) implements Paged {

	public CommunicationFilter filter() {
		return new CommunicationFilter(accountId, channel, from, to, ownerId, dueBefore);
	}

	public boolean hasFilters() {
		return !filter().equals(CommunicationFilter.none());
	}

	public String withPage(int newPage) {
		return links().toPage(newPage);
	}

	public String withoutAccount() {
		return links().filteredBy("accountId", null);
	}

	ListLinks links() {
		return ListLinks.to("/communications")
			.with("accountId", accountId)
			.with("channel", channel)
			.with("from", from)
			.with("to", to)
			.with("ownerId", ownerId)
			.with("dueBefore", dueBefore)
			.with(ListLinks.PAGE, page)
			.with(ListLinks.SIZE, size)
			.with(ListLinks.SORT, sort);
	}

}
