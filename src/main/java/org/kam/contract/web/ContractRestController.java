package org.kam.contract.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kam.contract.domain.Contract;
import org.kam.contract.domain.ContractForm;
import org.kam.contract.domain.ContractService;
import org.kam.identity.CurrentUser;
import org.kam.shared.PageResult;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Contracts of one account, and the list across the accounts the caller may read. */
@RestController
@Tag(name = "Contracts", description = "Contracts and agreements (合同和协议)")
class ContractRestController {

	private static final String ONE_ACCOUNT = "/api/v1/accounts/{accountId}/contracts";

	private final ContractService contracts;

	ContractRestController(ContractService contracts) {
		this.contracts = contracts;
	}

	/**
	 * Across accounts; {@code expiringWithinDays} keeps active contracts ending today or
	 * within that many days, ordered by end date.
	 */
	@GetMapping("/api/v1/contracts")
	PageResult<Contract> search(@ParameterObject @ModelAttribute ContractQuery query, CurrentUser user) {
		return contracts.search(query.filter(), query.sort(), query.pageQuery(), user);
	}

	@GetMapping(ONE_ACCOUNT)
	PageResult<Contract> list(@PathVariable long accountId,
			@ParameterObject @ModelAttribute AccountContractsQuery query, CurrentUser user) {
		return contracts.list(accountId, query.filter(accountId), query.sort(), query.pageQuery(), user);
	}

	@PostMapping(ONE_ACCOUNT)
	ResponseEntity<Contract> create(@PathVariable long accountId, @Valid @RequestBody ContractForm form,
			CurrentUser user) {
		Contract created = contracts.create(accountId, form, user);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + accountId + "/contracts/" + created.id()))
			.body(created);
	}

	@GetMapping(ONE_ACCOUNT + "/{id}")
	Contract get(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		return contracts.get(accountId, id, user);
	}

	@PutMapping(ONE_ACCOUNT + "/{id}")
	Contract update(@PathVariable long accountId, @PathVariable long id, @Valid @RequestBody ContractForm form,
			CurrentUser user) {
		return contracts.update(accountId, id, form, user);
	}

	@DeleteMapping(ONE_ACCOUNT + "/{id}")
	ResponseEntity<Void> delete(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		contracts.delete(accountId, id, user);
		return ResponseEntity.noContent().build();
	}

}
