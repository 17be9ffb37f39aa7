package org.kam.complaint.web;

import java.util.List;

import org.kam.account.AccountApi;
import org.kam.complaint.ComplaintSeverity;
import org.kam.complaint.ComplaintStatus;
import org.kam.complaint.domain.Complaint;
import org.kam.complaint.domain.ComplaintService;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.shared.CountCap;
import org.kam.shared.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Complaints across the accounts the user may read, key accounts first; the full page, or
 * only the results when htmx asks for them.
 */
@Controller
class ComplaintListController {

	private final ComplaintService complaints;

	private final AccountApi accounts;

	private final UserDirectory users;

	ComplaintListController(ComplaintService complaints, AccountApi accounts, UserDirectory users) {
		this.complaints = complaints;
		this.accounts = accounts;
		this.users = users;
	}

	@GetMapping("/complaints")
	String list(@ModelAttribute("query") ComplaintListQuery query, CurrentUser user, Model model,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
			@RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean restore) {
		PageResult<Complaint> result = complaints.list(query.filter(), query.pageQuery(), user);
		model.addAttribute("result", result);
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("severities", ComplaintSeverity.values());
		model.addAttribute("people", users.find(result.items().stream().map(Complaint::ownerId).toList()));
		Long accountId = query.accountId();
		model.addAttribute("filterAccount",
				accountId == null ? null : accounts.find(List.of(accountId)).get(accountId));
		int totalPages = CountCap.pages(result);
		model.addAttribute("previousUrl", result.page() > 0 ? query.withPage(result.page() - 1) : null);
		model.addAttribute("nextUrl", result.page() + 1 < totalPages ? query.withPage(result.page() + 1) : null);
		boolean partial = htmx && !restore;
		model.addAttribute("partial", partial);
		return partial ? "complaint/list :: results" : "complaint/list";
	}

}
