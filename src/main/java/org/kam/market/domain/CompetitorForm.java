package org.kam.market.domain;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * A competitor as a client sends it. A row left entirely empty (a spare row of the form)
 * is ignored; otherwise name and share are required (checked by the service, so that the
 * message names the row).
 */
public record CompetitorForm(@Size(max = 100) String name,
		@DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal share,
		@Size(max = 500) String notes) {

	public static CompetitorForm empty() {
		return new CompetitorForm(null, null, null);
	}

	boolean isBlank() {
		return blank(name) && share == null && blank(notes);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
