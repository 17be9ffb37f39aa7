package org.kam.survey.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A request for a new survey link: optionally addressed to a contact of the account (who
 * is then the respondent), valid for {@code expiresInDays} (14 when absent).
 */
public record InvitationForm(Long contactId,
		@Min(value = 1, message = "{survey.validation.expiresInDays}") @Max(value = InvitationForm.MAX_DAYS,
				message = "{survey.validation.expiresInDays}") Integer expiresInDays) {

	public static final int DEFAULT_DAYS = 14;

	public static final int MAX_DAYS = 90;

	public int days() {
		return expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
	}

}
