package org.kam.communication.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import org.kam.communication.Channel;

/**
 * A communication's fields after the rules: blanks are nulls, participants distinct, the
 * next step's due date, owner and done flag only with a next step.
 */
record CommunicationFields(Channel channel, OffsetDateTime occurredAt, String subject, String content, String outcome,
		List<Long> ourParticipantIds, List<Long> contactIds, String nextStep, LocalDate nextStepDue,
		Long nextStepOwnerId, boolean nextStepDone) {

	CommunicationFields {
		ourParticipantIds = List.copyOf(ourParticipantIds);
		contactIds = List.copyOf(contactIds);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	static List<Long> distinct(List<Long> ids) {
		return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
	}

}
