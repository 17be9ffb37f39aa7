package org.kam.report.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.kam.identity.CurrentUser;
import org.kam.report.domain.ReportListing;
import org.kam.report.domain.ReportService;
import org.kam.shared.PageResult;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
	PageResult<ReportListing> list(@ParameterObject @ModelAttribute ReportSearchQuery query, CurrentUser user) {
		return reports.listAcross(query.period(), query.kind(), query.accountId(), query.sort(), query.pageQuery(),
				user);
	}

}
