package org.kam.account;

import java.time.OffsetDateTime;

/** An account as other modules list it. */
public record AccountSummary(long id, String name, AccountStatus status, Urgency urgency, Tier tier, String province,
		String city, Long ownerId, OffsetDateTime updatedAt) {
}
