package org.kam.contract.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kam.contract.ContractStatus;
import org.kam.contract.ContractType;
import org.kam.contract.domain.ContractFilter;
import org.kam.shared.PageQuery;
import org.kam.shared.Paged;

/**
 * The parameters of one account's contract list. The account is the path's: there is no
 * {@code accountId} here, so that {@code ?accountId=} stays refused as a parameter this
 * list does not read.
 */
record AccountContractsQuery(ContractStatus status, ContractType type, Integer expiringWithinDays, String q,
		@Schema(defaultValue = "0") Integer page, @Schema(defaultValue = "" + PageQuery.DEFAULT_SIZE) Integer size,
		String sort) implements Paged {

	ContractFilter filter(long accountId) {
		return new ContractFilter(accountId, status, type, expiringWithinDays, q);
	}

}
