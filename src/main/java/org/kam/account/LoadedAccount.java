package org.kam.account;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A live account as a bulk load of its records (communications, contracts…) needs it:
 * enough to write records that fit it, with its live contacts' ids.
 */
public record LoadedAccount(long id, String name, Long ownerId, AccountStatus status, Tier tier, String industry,
		String province, String city, OffsetDateTime createdAt, List<Long> contactIds) {

	public LoadedAccount {
		contactIds = List.copyOf(contactIds);
	}

}
