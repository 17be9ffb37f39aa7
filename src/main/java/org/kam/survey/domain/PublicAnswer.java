package org.kam.survey.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A customer's answer through a link: the date is the day of the answer, the respondent
 * the link's contact or the name typed in.
 */
public record PublicAnswer(
		@NotNull(message = "{survey.validation.choose}") @Min(value = 1, message = "{survey.validation.score}") @Max(
				value = 5, message = "{survey.validation.score}") Integer productQuality,
		@NotNull(message = "{survey.validation.choose}") @Min(value = 1, message = "{survey.validation.score}") @Max(
				value = 5, message = "{survey.validation.score}") Integer serviceAttitude,
		@NotNull(message = "{survey.validation.choose}") @Min(value = 1, message = "{survey.validation.score}") @Max(
				value = 5, message = "{survey.validation.score}") Integer responseSpeed,
		@NotNull(message = "{survey.validation.choose}") @Min(value = 1, message = "{survey.validation.score}") @Max(
				value = 5, message = "{survey.validation.score}") Integer overall,
		@Min(value = 0, message = "{survey.validation.nps}") @Max(value = 10,
				message = "{survey.validation.nps}") Integer nps,
		@Size(max = 4000) String needs, @Size(max = 4000) String suggestions, @Size(max = 100) String respondentName) {

	public static PublicAnswer empty() {
		return new PublicAnswer(null, null, null, null, null, null, null, null);
	}

}
