package org.kam.communication.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kam.communication.Channel;

/**
 * A communication as a client sends it, to record one or to replace one; the API and the
 * forms validate it the same way. {@code version} is required on change. A next step
 * needs a due date; its owner is the sender when left out.
 */
public record CommunicationForm(@NotNull Channel channel, @NotNull OffsetDateTime occurredAt,
		@NotBlank @Size(max = 200) String subject, @Size(max = 8000) String content, @Size(max = 4000) String outcome,
		@Size(max = CommunicationForm.MAX_PARTICIPANTS) List<@NotNull Long> ourParticipantIds,
		@Size(max = CommunicationForm.MAX_PARTICIPANTS) List<@NotNull Long> contactIds,
		@Size(max = 1000) String nextStep, LocalDate nextStepDue, Long nextStepOwnerId, Boolean nextStepDone,
		Long version) {

	/** People on either side of one communication; a conference has more. */
	public static final int MAX_PARTICIPANTS = 50;

}
