package org.kam.communication.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.kam.communication.Channel;

/**
 * A communication with an account as stored: when and how, who took part on our side
 * (users) and theirs (the account's contacts), what was said and agreed, and the next
 * step with its due date, owner and done flag.
 */
public record Communication(long id, long accountId, Channel channel, OffsetDateTime occurredAt, String subject,
		String content, String outcome, List<Long> ourParticipantIds, List<Long> contactIds, String nextStep,
		LocalDate nextStepDue, Long nextStepOwnerId, boolean nextStepDone, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, Long createdBy, Long updatedBy, long version) {

	public Communication {
		ourParticipantIds = List.copyOf(ourParticipantIds);
		contactIds = List.copyOf(contactIds);
	}

	Communication withParticipants(List<Long> users, List<Long> contacts) {
		return new Communication(id, accountId, channel, occurredAt, subject, content, outcome, users, contacts,
				nextStep, nextStepDue, nextStepOwnerId, nextStepDone, createdAt, updatedAt, createdBy, updatedBy,
				version);
	}

	/** Whether the next step is still to be done. */
	public boolean nextStepOpen() {
		return nextStep != null && !nextStepDone;
	}

}
