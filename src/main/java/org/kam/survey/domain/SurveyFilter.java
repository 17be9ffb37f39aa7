package org.kam.survey.domain;

import java.time.LocalDate;

/**
 * Filters of the list across accounts, each optional: the days {@code from}–{@code to}
 * (inclusive), an overall score of at most {@code maxOverall}, the NPS group, the account
 * owner, one account.
 */
public record SurveyFilter(LocalDate from, LocalDate to, Integer maxOverall, NpsGroup npsGroup, Long ownerId,
		Long accountId) {

	public static SurveyFilter none() {
		return new SurveyFilter(null, null, null, null, null, null);
	}

}
