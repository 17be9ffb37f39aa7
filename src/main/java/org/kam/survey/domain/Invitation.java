package org.kam.survey.domain;

import java.time.OffsetDateTime;

/**
 * A one-time link sent to a customer's contact. The token is not here: only its hash is
 * kept, and the link is shown once, to the user who creates it. Keep the hash out of this
 * record too: its components are the fields of the invitation's {@code RecordChanged}
 * events.
 */
public record Invitation(long id, long accountId, Long contactId, OffsetDateTime createdAt, Long createdBy,
		OffsetDateTime expiresAt, OffsetDateTime usedAt, Long surveyId, OffsetDateTime revokedAt) {

	public LinkState state(OffsetDateTime now) {
		if (usedAt != null) {
			return LinkState.USED;
		}
		if (revokedAt != null) {
			return LinkState.REVOKED;
		}
		return expiresAt.isAfter(now) ? LinkState.OPEN : LinkState.EXPIRED;
	}

}
