package org.kam.survey.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public address of a survey link, on the host the user is working on. */
final class SurveyLinks {

	static final String PREFIX = "/s/";

	private SurveyLinks() {
	}

	static String url(String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(PREFIX + token).toUriString();
	}

}
