package org.kam.survey.domain;

/** Where a survey link stands. */
public enum LinkState {

	/** Can be answered. */
	OPEN,

	/** Answered; a link is good for one answer. */
	USED,

	/** Past its expiry. */
	EXPIRED,

	/** Withdrawn by a user before it was answered. */
	REVOKED

}
