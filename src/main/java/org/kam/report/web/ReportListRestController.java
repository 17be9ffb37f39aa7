package org.kam.report.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.kam.identity.CurrentUser;
import org.kam.report.ReportPeriod;
import org.kam.report.domain.ReportListing;
import org.kam.report.domain.ReportService;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reports of every account the caller may read, e.g. all of one quarter. */
@RestController
@Tag(name = "Periodic reports")
class ReportListRestController {

	private final ReportService reports;

	ReportListRestController(ReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/reports")
	PageResult<ReportListing> list(@RequestParam(required = false) String period,
			@RequestParam(required = false) ReportPeriod.Kind kind, @RequestParam(required = false) Long accountId,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String sort, CurrentUser user) {
		return reports.listAcross(period, kind, accountId, sort, new PageQuery(page, size), user);
	}

}
