package org.kam.account.domain;

import java.time.OffsetDateTime;
import java.util.List;

import org.kam.account.AccountStatus;
import org.kam.account.SizeBand;
import org.kam.account.Tier;
import org.kam.account.Urgency;

/** A key account's archive card as stored. */
public record Account(long id, String name, String uscc, String industry, String province, String city,
		SizeBand sizeBand, String address, String website, AccountStatus status, Urgency urgency, Tier tier,
		Long ownerId, List<String> tags, String needs, String preferences, String notes, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, Long createdBy, Long updatedBy, long version) {
}
