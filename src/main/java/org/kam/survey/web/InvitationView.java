package org.kam.survey.web;

import java.time.OffsetDateTime;

import org.kam.survey.domain.Invitation;
import org.kam.survey.domain.LinkState;

/**
 * A survey link as the API shows it; {@code url} only in the answer that creates it (the
 * token is not kept).
 */
record InvitationView(long id, long accountId, Long contactId, LinkState status, OffsetDateTime createdAt,
		OffsetDateTime expiresAt, OffsetDateTime usedAt, Long surveyId, OffsetDateTime revokedAt, String url) {

	static InvitationView of(Invitation i, OffsetDateTime now, String url) {
		return new InvitationView(i.id(), i.accountId(), i.contactId(), i.state(now), i.createdAt(), i.expiresAt(),
				i.usedAt(), i.surveyId(), i.revokedAt(), url);
	}

}
