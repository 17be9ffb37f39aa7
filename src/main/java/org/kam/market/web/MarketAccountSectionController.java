package org.kam.market.web;

import org.kam.account.AccountApi;
import org.kam.identity.CurrentUser;
import org.kam.market.domain.MarketReport;
import org.kam.market.domain.MarketReportFilter;
import org.kam.market.domain.MarketReportService;
import org.kam.shared.PageParameters;
import org.kam.shared.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The account page's "market" tab: the reports linked to the account, newest period
 * first.
 */
@Controller
class MarketAccountSectionController {

	static final int PAGE_SIZE = 10;

	private final MarketReportService reports;

	private final AccountApi accounts;

	MarketAccountSectionController(MarketReportService reports, AccountApi accounts) {
		this.reports = reports;
		this.accounts = accounts;
	}

	@GetMapping("/accounts/{id}/market/section")
	String section(@PathVariable long id, @ModelAttribute PageParameters pages, CurrentUser user, Model model) {
		accounts.readable(id, user);
		PageResult<MarketReport> result = reports.list(MarketReportFilter.none().forAccount(id), null,
				pages.pageQuery(PAGE_SIZE), user);
		model.addAttribute("accountId", id);
		model.addAttribute("sectionLinks", pages.linksTo("/accounts/" + id + "/market/section", PAGE_SIZE));
		model.addAttribute("result", result);
		model.addAttribute("totalPages", result.totalPages());
		model.addAttribute("mayCreate", reports.mayCreate(user));
		model.addAttribute("mayEdit", reports.mayEdit(user));
		return "market/section :: section";
	}

}
