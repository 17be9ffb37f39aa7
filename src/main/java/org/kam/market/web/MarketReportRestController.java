package org.kam.market.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kam.identity.CurrentUser;
import org.kam.market.domain.MarketReport;
import org.kam.market.domain.MarketReportForm;
import org.kam.market.domain.MarketReportService;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/market-reports")
@Tag(name = "Market reports", description = "Market analysis reports (市场分析报告) and the accounts they concern")
class MarketReportRestController {

	private final MarketReportService reports;

	MarketReportRestController(MarketReportService reports) {
		this.reports = reports;
	}

	@GetMapping
	PageResult<MarketReport> list(@ParameterObject @ModelAttribute MarketReportQuery query, CurrentUser user) {
		return reports.list(query.filter(), query.sort(), query.pageQuery(), user);
	}

	@PostMapping
	ResponseEntity<MarketReport> create(@Valid @RequestBody MarketReportForm form, CurrentUser user) {
		MarketReport created = reports.create(form, user);
		return ResponseEntity.created(URI.create("/api/v1/market-reports/" + created.id())).body(created);
	}

	@GetMapping("/{rid}")
	MarketReport get(@PathVariable long rid, CurrentUser user) {
		return reports.get(rid, user);
	}

	@PutMapping("/{rid}")
	MarketReport update(@PathVariable long rid, @Valid @RequestBody MarketReportForm form, CurrentUser user) {
		return reports.update(rid, form, user);
	}

	@DeleteMapping("/{rid}")
	ResponseEntity<Void> delete(@PathVariable long rid, CurrentUser user) {
		reports.delete(rid, user);
		return ResponseEntity.noContent().build();
	}

}
