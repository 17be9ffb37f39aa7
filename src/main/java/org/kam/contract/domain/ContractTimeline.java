package org.kam.contract.domain;

import java.time.OffsetDateTime;
import java.util.List;

import org.kam.account.TimelineEntry;
import org.kam.account.TimelineSource;
import org.kam.contract.ContractKind;
import org.kam.shared.RecordKind;
import org.springframework.stereotype.Component;

/**
 * Contracts on the account's timeline, on the day they were signed (or when they were
 * recorded, if not signed yet), from the index on {@code (account_id, occurred_at)}.
 */
@Component
class ContractTimeline implements TimelineSource {

	private final Contracts contracts;

	ContractTimeline(Contracts contracts) {
		this.contracts = contracts;
	}

	@Override
	public RecordKind kind() {
		return ContractKind.KIND;
	}

	@Override
	public List<TimelineEntry> entries(long accountId, OffsetDateTime before, int limit) {
		return contracts.before(accountId, before, limit).stream().map(d -> entry(d.contract(), d.at())).toList();
	}

	private TimelineEntry entry(Contract c, OffsetDateTime at) {
		String period = c.startsOn() == null && c.endsOn() == null ? null
				: (c.startsOn() == null ? "" : c.startsOn().toString()) + " – "
						+ (c.endsOn() == null ? "" : c.endsOn().toString());
		String detail = c.type().name() + " · " + c.status().name() + (period == null ? "" : " · " + period);
		return new TimelineEntry(ContractKind.KIND, at, c.number() + " " + c.title(), detail,
				"/accounts/" + c.accountId() + "/contracts/" + c.id());
	}

}
