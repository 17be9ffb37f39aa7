package org.kam.sales.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.kam.identity.CurrentUser;
import org.kam.sales.domain.SalesFilter;
import org.kam.sales.domain.SalesOrder;
import org.kam.sales.domain.SalesService;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sales")
@Tag(name = "Sales", description = "Sales records (销售记录) of an account: orders, lines, totals and frequency")
class SalesSearchRestController {

	private final SalesService sales;

	private final SalesBulk bulk;

	SalesSearchRestController(SalesService sales, SalesBulk bulk) {
		this.sales = sales;
		this.bulk = bulk;
	}

	/**
	 * Orders of every account the caller may read; sort by orderDate (default, newest
	 * first), total or orderNo.
	 */
	@GetMapping
	PageResult<SalesOrder> list(@RequestParam(required = false) Long accountId,
			@RequestParam(required = false) Long salespersonId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String product, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String sort, CurrentUser user) {
		return sales.search(new SalesFilter(accountId, salespersonId, from, to, product), sort,
				new PageQuery(page, size), user);
	}

	/**
	 * Orders of many accounts at once, each naming its accountId; see {@link SalesBulk}.
	 */
	@PostMapping("/bulk")
	ResponseEntity<?> bulk(@RequestBody BulkRequest request, @RequestParam(required = false) String mode,
			CurrentUser user) {
		return bulk.load(null, request, mode, user);
	}

}
