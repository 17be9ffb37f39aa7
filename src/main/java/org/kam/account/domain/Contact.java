package org.kam.account.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.kam.account.DecisionRole;

/** A person at the account: decision maker, influencer or other. */
public record Contact(long id, long accountId, String name, String title, DecisionRole decisionRole, String phone,
		String email, LocalDate birthday, String preferences, String notes, boolean primary, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, long version) {
}
