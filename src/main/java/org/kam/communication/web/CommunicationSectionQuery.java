package org.kam.communication.web;

import org.kam.communication.Channel;
import org.kam.communication.domain.CommunicationFilter;
import org.kam.shared.ListLinks;
import org.kam.shared.Paged;

/**
 * The parameters of the account page's communications tab, bound like every list's query
 * object: its one filter and its paging. The account is the path's.
 */
record CommunicationSectionQuery(Channel channel, Integer page, Integer size) implements Paged {

	CommunicationFilter filter(long accountId) {
		return new CommunicationFilter(accountId, channel, null, null, null, null);
	}

	/** The tab's paging links, its channel kept. */
	ListLinks links(long accountId, int defaultSize) {
		return ListLinks.to("/accounts/" + accountId + "/communications/section", defaultSize)
			.with("channel", channel)
			.with(ListLinks.PAGE, page)
			.with(ListLinks.SIZE, size);
	}

}
