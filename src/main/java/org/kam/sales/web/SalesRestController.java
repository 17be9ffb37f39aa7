package org.kam.sales.web;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kam.identity.CurrentUser;
import org.kam.sales.domain.SalesOrder;
import org.kam.sales.domain.SalesOrderForm;
import org.kam.sales.domain.SalesService;
import org.kam.sales.domain.SalesStats;
import org.kam.sales.domain.StatsPeriod;
import org.kam.shared.PageResult;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts/{accountId}/sales")
@Tag(name = "Sales", description = "Sales records (销售记录) of an account: orders, lines, totals and frequency")
class SalesRestController {

	private final SalesService sales;

	private final SalesBulk bulk;

	SalesRestController(SalesService sales, SalesBulk bulk) {
		this.sales = sales;
		this.bulk = bulk;
	}

	/** The account's orders, newest first, optionally between two order dates. */
	@GetMapping
	PageResult<SalesOrder> list(@PathVariable long accountId, @ParameterObject @ModelAttribute AccountSalesQuery query,
			CurrentUser user) {
		return sales.list(accountId, query.from(), query.to(), query.pageQuery(), user);
	}

	@PostMapping
	ResponseEntity<SalesOrder> create(@PathVariable long accountId, @Valid @RequestBody SalesOrderForm form,
			CurrentUser user) {
		SalesOrder created = sales.create(accountId, form, user);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + accountId + "/sales/" + created.id()))
			.body(created);
	}

	/**
	 * Totals by month, quarter or year, purchase count and frequency, average order value
	 * and last purchase date.
	 */
	@GetMapping("/stats")
	SalesStats stats(@PathVariable long accountId, @RequestParam(required = false) String by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			CurrentUser user) {
		return sales.stats(accountId, StatsPeriod.parse(by), from, to, user);
	}

	/** Many orders of this account at once; see {@link SalesBulk}. */
	@PostMapping("/bulk")
	ResponseEntity<?> bulk(@PathVariable long accountId, @RequestBody BulkRequest request,
			@RequestParam(required = false) String mode, CurrentUser user) {
		return bulk.load(accountId, request, mode, user);
	}

	@GetMapping("/{id}")
	SalesOrder get(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		return sales.get(accountId, id, user);
	}

	@PutMapping("/{id}")
	SalesOrder update(@PathVariable long accountId, @PathVariable long id, @Valid @RequestBody SalesOrderForm form,
			CurrentUser user) {
		return sales.update(accountId, id, form, user);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		sales.delete(accountId, id, user);
		return ResponseEntity.noContent().build();
	}

}
