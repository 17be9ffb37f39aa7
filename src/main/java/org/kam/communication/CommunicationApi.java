package org.kam.communication;

import java.util.List;

import org.kam.communication.domain.CommunicationService;
import org.kam.identity.CurrentUser;
import org.springframework.stereotype.Service;

/** What other modules (the "my day" page) may ask of the communication records. */
@Service
public class CommunicationApi {

	private final CommunicationService communications;

	CommunicationApi(CommunicationService communications) {
		this.communications = communications;
	}

	/**
	 * The user's open next steps due today or earlier or within the coming week, oldest
	 * due first, at most {@code limit}, on accounts the user may still read.
	 */
	public List<DueNextStep> dueNextSteps(CurrentUser user, int limit) {
		return communications.dueNextSteps(user, limit);
	}

	/**
	 * The user's open next steps for "my day": counts of the overdue, today's and the
	 * coming week's, the first {@code limit} of today and the coming week, and the
	 * {@code limit} most recently overdue; on accounts the user may still read.
	 */
	public NextStepsDue nextStepsDue(CurrentUser user, int limit) {
		return communications.nextStepsDue(user, limit);
	}

	/**
	 * The cross-account list showing all of the user's next steps that "my day" shows.
	 */
	public String dueNextStepsPath(CurrentUser user) {
		return "/communications?ownerId=" + user.id() + "&dueBefore="
				+ communications.today().plusDays(CommunicationService.DUE_HORIZON_DAYS + 1);
	}

}
