package org.kam.account.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kam.account.domain.Account;
import org.kam.account.domain.AccountForm;
import org.kam.account.domain.AccountService;
import org.kam.identity.CurrentUser;
import org.kam.shared.PageResult;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "The key account archive (客户档案)")
class AccountRestController {

	private final AccountService accounts;

	AccountRestController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	PageResult<Account> list(@ParameterObject @ModelAttribute ListQuery query, CurrentUser user) {
		// province and city: a GB/T 2260 code or a name (广东, 广东省, Guangdong); see
		// RegionInput
		return accounts.list(query.filter(), query.sort(), query.pageQuery(), user);
	}

	@PostMapping
	ResponseEntity<Account> create(@Valid @RequestBody AccountForm form, CurrentUser user) {
		Account created = accounts.create(form, user);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	Account get(@PathVariable long id, CurrentUser user) {
		return accounts.get(id, user);
	}

	@PutMapping("/{id}")
	Account update(@PathVariable long id, @Valid @RequestBody AccountForm form, CurrentUser user) {
		return accounts.update(id, form, user);
	}

}
