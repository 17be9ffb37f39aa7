package org.kam.survey.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One answered satisfaction survey of an account: scores 1–5, an NPS 0–10 (optional) and
 * what the customer needs and suggests.
 */
public record Survey(long id, long accountId, LocalDate surveyedOn, int productQuality, int serviceAttitude,
		int responseSpeed, int overall, Integer nps, String needs, String suggestions, Long respondentContactId,
		String respondentName, SurveySource source, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

	/** Promoter, passive or detractor; null without an NPS. */
	public NpsGroup npsGroup() {
		return NpsGroup.of(nps);
	}

}
