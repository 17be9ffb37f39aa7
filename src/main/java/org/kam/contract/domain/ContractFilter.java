package org.kam.contract.domain;

import org.kam.contract.ContractStatus;
import org.kam.contract.ContractType;

/**
 * What the cross-account list is narrowed to; null means "any".
 * {@code expiringWithinDays} keeps active contracts whose end date is today or within
 * that many days.
 */
public record ContractFilter(Long accountId, ContractStatus status, ContractType type, Integer expiringWithinDays,
		String q) {

	public static ContractFilter none() {
		return new ContractFilter(null, null, null, null, null);
	}

	public ContractFilter withAccount(long id) {
		return new ContractFilter(id, status, type, expiringWithinDays, q);
	}

}
