package org.kam.contract.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.kam.contract.ContractStatus;
import org.kam.contract.ContractType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A contract as a client or the form sends it; {@code version} is required on change.
 * Omitted type and status are OTHER and DRAFT, an omitted currency is
 * {@code kam.default-currency}.
 */
public record ContractForm(@NotBlank @Size(max = 50) String number, @NotBlank @Size(max = 200) String title,
		ContractType type, @Size(max = 1000) String parties, @DateTimeFormat(iso = ISO.DATE) LocalDate signedOn,
		@DateTimeFormat(iso = ISO.DATE) LocalDate startsOn, @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn,
		@DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal amount, @Size(max = 3) String currency,
		@Size(max = 4000) String paymentTerms, @Size(max = 4000) String serviceLevelTerms,
		@Size(max = 4000) String confidentialityTerms, ContractStatus status,
		@Min(0) @Max(3650) Integer renewalNoticeDays, Long version) {

	public static ContractForm empty(String currency) {
		return new ContractForm(null, null, ContractType.OTHER, null, null, null, null, null, currency, null, null,
				null, ContractStatus.DRAFT, null, null);
	}

	public static ContractForm of(Contract c) {
		return new ContractForm(c.number(), c.title(), c.type(), c.parties(), c.signedOn(), c.startsOn(), c.endsOn(),
				c.amount(), c.currency(), c.paymentTerms(), c.serviceLevelTerms(), c.confidentialityTerms(), c.status(),
				c.renewalNoticeDays(), c.version());
	}

}
