package org.kam.sales.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.kam.identity.CurrentUser;
import org.kam.sales.domain.SalesOrder;
import org.kam.sales.domain.SalesService;
import org.kam.shared.PageResult;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
	PageResult<SalesOrder> list(@ParameterObject @ModelAttribute SalesListQuery query, CurrentUser user) {
		return sales.search(query.filter(), query.sort(), query.pageQuery(), user);
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
