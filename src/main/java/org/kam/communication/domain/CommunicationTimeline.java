package org.kam.communication.domain;

import java.time.OffsetDateTime;
import java.util.List;

import org.kam.account.TimelineEntry;
import org.kam.account.TimelineSource;
import org.kam.communication.CommunicationKind;
import org.kam.shared.RecordKind;
import org.springframework.stereotype.Component;

/** Communications on the account's timeline, from the (account_id, occurred_at) index. */
@Component
class CommunicationTimeline implements TimelineSource {

	private final Communications communications;

	CommunicationTimeline(Communications communications) {
		this.communications = communications;
	}

	@Override
	public RecordKind kind() {
		return CommunicationKind.KIND;
	}

	@Override
	public List<TimelineEntry> entries(long accountId, OffsetDateTime before, int limit) {
		return communications.timeline(accountId, before, limit);
	}

}
