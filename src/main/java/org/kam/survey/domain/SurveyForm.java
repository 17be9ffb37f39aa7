package org.kam.survey.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A survey as a client sends it; {@code version} is required on change. The respondent is
 * a contact of the account or a name, one of the two.
 */
public record SurveyForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate surveyedOn,
		@NotNull @Min(value = 1, message = "{survey.validation.score}") @Max(value = 5,
				message = "{survey.validation.score}") Integer productQuality,
		@NotNull @Min(value = 1, message = "{survey.validation.score}") @Max(value = 5,
				message = "{survey.validation.score}") Integer serviceAttitude,
		@NotNull @Min(value = 1, message = "{survey.validation.score}") @Max(value = 5,
				message = "{survey.validation.score}") Integer responseSpeed,
		@NotNull @Min(value = 1, message = "{survey.validation.score}") @Max(value = 5,
				message = "{survey.validation.score}") Integer overall,
		@Min(value = 0, message = "{survey.validation.nps}") @Max(value = 10,
				message = "{survey.validation.nps}") Integer nps,
		@Size(max = 4000) String needs, @Size(max = 4000) String suggestions, Long respondentContactId,
		@Size(max = 100) String respondentName, Long version) {

	/** The same answers with the version of the record they are written over. */
	public SurveyForm withVersion(Long newVersion) {
		return new SurveyForm(surveyedOn, productQuality, serviceAttitude, responseSpeed, overall, nps, needs,
				suggestions, respondentContactId, respondentName, newVersion);
	}

	public static SurveyForm of(Survey s) {
		return new SurveyForm(s.surveyedOn(), s.productQuality(), s.serviceAttitude(), s.responseSpeed(), s.overall(),
				s.nps(), s.needs(), s.suggestions(), s.respondentContactId(), s.respondentName(), s.version());
	}

}
