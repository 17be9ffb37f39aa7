package org.kam.survey.domain;

/** How a survey came in. */
public enum SurveySource {

	/** Entered by a user (a call, a visit, a paper form). */
	STAFF,

	/** Answered by the customer through a one-time public link. */
	LINK

}
