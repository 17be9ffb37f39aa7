package org.kam.contract.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.kam.contract.ContractStatus;
import org.kam.contract.ContractType;

/** A contract's fields after normalization: blanks are nulls, defaults applied. */
record ContractFields(String number, String numberKey, String title, ContractType type, String parties,
		LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, BigDecimal amount, String currency,
		String paymentTerms, String serviceLevelTerms, String confidentialityTerms, ContractStatus status,
		Integer renewalNoticeDays) {

	static ContractFields from(ContractForm f, String defaultCurrency) {
		String number = f.number().trim();
		String currency = blankToNull(f.currency());
		return new ContractFields(number, numberKey(number), f.title().trim(),
				f.type() == null ? ContractType.OTHER : f.type(), blankToNull(f.parties()), f.signedOn(), f.startsOn(),
				f.endsOn(), f.amount(), currency == null ? defaultCurrency : currency.toUpperCase(Locale.ROOT),
				blankToNull(f.paymentTerms()), blankToNull(f.serviceLevelTerms()),
				blankToNull(f.confidentialityTerms()), f.status() == null ? ContractStatus.DRAFT : f.status(),
				f.renewalNoticeDays());
	}

	/**
	 * Numbers are compared without case and surrounding spaces: HT-1 and ht-1 are one
	 * number.
	 */
	static String numberKey(String number) {
		return number.trim().toUpperCase(Locale.ROOT);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
