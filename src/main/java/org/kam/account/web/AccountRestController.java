package org.kam.account.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kam.account.AccountStatus;
import org.kam.account.SizeBand;
import org.kam.account.Tier;
import org.kam.account.Urgency;
import org.kam.account.domain.Account;
import org.kam.account.domain.AccountFilter;
import org.kam.account.domain.AccountForm;
import org.kam.account.domain.AccountService;
import org.kam.identity.CurrentUser;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
	PageResult<Account> list(@RequestParam(required = false) String q, @RequestParam(required = false) String province,
			@RequestParam(required = false) String city, @RequestParam(required = false) String industry,
			@RequestParam(required = false) AccountStatus status, @RequestParam(required = false) Urgency urgency,
			@RequestParam(required = false) Tier tier, @RequestParam(required = false) Long ownerId,
			@RequestParam(required = false) SizeBand sizeBand, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String sort, CurrentUser user) {
		// province and city: a GB/T 2260 code or a name (广东, 广东省, Guangdong); see
		// RegionInput
		AccountFilter filter = new AccountFilter(q, province, city, industry, status, urgency, tier, ownerId, sizeBand);
		return accounts.list(filter, sort, new PageQuery(page, size), user);
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
