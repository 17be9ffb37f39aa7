package org.kam.complaint.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.kam.account.AccountApi;
import org.kam.complaint.ComplaintSeverity;
import org.kam.complaint.ComplaintStatus;
import org.kam.complaint.domain.Complaint;
import org.kam.complaint.domain.ComplaintFilter;
import org.kam.complaint.domain.ComplaintService;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.shared.CountCap;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Complaints across the accounts the user may read, key accounts first. */
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
	String list(@RequestParam(required = false) Long accountId, @RequestParam(required = false) ComplaintStatus status,
			@RequestParam(required = false) ComplaintSeverity severity, @RequestParam(required = false) Long ownerId,
			@RequestParam(required = false) Boolean breaching, @RequestParam(defaultValue = "0") int page,
			CurrentUser user, Model model) {
		ComplaintFilter filter = new ComplaintFilter(accountId, status, severity, ownerId, breaching);
		PageResult<Complaint> result = complaints.list(filter, new PageQuery(page, PageQuery.DEFAULT_SIZE), user);
		model.addAttribute("filter", filter);
		model.addAttribute("result", result);
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("severities", ComplaintSeverity.values());
		model.addAttribute("people", users.find(result.items().stream().map(Complaint::ownerId).toList()));
		model.addAttribute("filterAccount",
				accountId == null ? null : accounts.find(List.of(accountId)).get(accountId));
		int totalPages = CountCap.pages(result);
		model.addAttribute("previousUrl", result.page() > 0 ? url(filter, result.page() - 1) : null);
		model.addAttribute("nextUrl", result.page() + 1 < totalPages ? url(filter, result.page() + 1) : null);
		return "complaint/list";
	}

	/** The list's address with its filters and page, so a view can be shared. */
	static String url(ComplaintFilter f, int page) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("accountId", f.accountId());
		params.put("status", f.status());
		params.put("severity", f.severity());
		params.put("ownerId", f.ownerId());
		params.put("breaching", f.breaching());
		params.put("page", page == 0 ? null : page);
		StringJoiner query = new StringJoiner("&", "/complaints?", "").setEmptyValue("/complaints");
		params.forEach((name, value) -> {
			if (value != null) {
				query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
			}
		});
		return query.toString();
	}

}
