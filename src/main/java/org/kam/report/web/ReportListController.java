package org.kam.report.web;

import java.util.List;

import org.kam.identity.CurrentUser;
import org.kam.report.ReportPeriod;
import org.kam.report.domain.ReportListing;
import org.kam.report.domain.ReportService;
import org.kam.shared.InvalidInputException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Reports across the accounts the user may read, filtered by period and kind (e.g. every
 * report of 2026-Q3), from the main menu; the full page, or only the results when htmx
 * asks for them.
 */
@Controller
class ReportListController {

	private final ReportService reports;

	ReportListController(ReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/reports")
	String list(@ModelAttribute("query") ReportListQuery query, CurrentUser user, Model model,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
			@RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean restore) {
		PageQuery page = query.pageQuery();
		PageResult<ReportListing> result;
		try {
			result = reports.listAcross(query.period(), query.kind(), null, "period,desc", page, user);
		}
		catch (InvalidInputException e) {
			if (!"period".equals(e.problems().get(0).field())) {
				// a page beyond the count cap is no period error: the 400 page
				throw e;
			}
			model.addAttribute("periodError", e.problems().get(0));
			result = new PageResult<>(List.of(), page.page(), page.size(), 0);
		}
		model.addAttribute("result", result);
		model.addAttribute("kinds", ReportPeriod.Kind.values());
		model.addAttribute("totalPages", result.totalPages());
		boolean partial = htmx && !restore;
		model.addAttribute("partial", partial);
		return partial ? "report/list :: results" : "report/list";
	}

}
