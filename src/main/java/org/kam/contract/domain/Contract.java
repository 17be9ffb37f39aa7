package org.kam.contract.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.kam.contract.ContractStatus;
import org.kam.contract.ContractType;

/** A contract or agreement of an account, as stored. */
public record Contract(long id, long accountId, String accountName, String number, String title, ContractType type,
		String parties, LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, BigDecimal amount, String currency,
		String paymentTerms, String serviceLevelTerms, String confidentialityTerms, ContractStatus status,
		Integer renewalNoticeDays, OffsetDateTime createdAt, OffsetDateTime updatedAt, Long createdBy, Long updatedBy,
		long version) {

	/**
	 * Days from {@code today} to the end date; negative once it has passed, null without
	 * one.
	 */
	public Long daysLeft(LocalDate today) {
		return endsOn == null ? null : ChronoUnit.DAYS.between(today, endsOn);
	}

}
