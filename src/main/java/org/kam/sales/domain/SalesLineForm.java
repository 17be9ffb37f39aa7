package org.kam.sales.domain;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A line as a client sends it; the line amount is always computed, never taken. */
public record SalesLineForm(@NotBlank @Size(max = 200) String product,
		@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 3) BigDecimal quantity,
		@NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal unitPrice) {

	/** Quantity × unit price in cents, as the form shows it; null while incomplete. */
	public BigDecimal amount() {
		return quantity == null || unitPrice == null ? null : SalesOrderFields.lineAmount(quantity, unitPrice);
	}

	static SalesLineForm blank() {
		return new SalesLineForm(null, null, null);
	}

}
