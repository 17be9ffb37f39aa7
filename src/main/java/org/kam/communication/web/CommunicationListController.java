package org.kam.communication.web;

import org.kam.account.AccountApi;
import org.kam.account.AccountSummary;
import org.kam.communication.Channel;
import org.kam.communication.domain.Communication;
import org.kam.communication.domain.CommunicationService;
import org.kam.identity.CurrentUser;
import org.kam.shared.ForbiddenException;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/** Communications across the accounts the user may read, with filters and pages. */
@Controller
class CommunicationListController {

	private final CommunicationService communications;

	private final AccountApi accounts;

	private final Names names;

	CommunicationListController(CommunicationService communications, AccountApi accounts, Names names) {
		this.communications = communications;
		this.accounts = accounts;
		this.names = names;
	}

	/**
	 * The full page, or only the results when htmx asks for them; a history restore needs
	 * the full page again.
	 */
	@GetMapping("/communications")
	String list(@ModelAttribute("query") CommunicationQuery query, CurrentUser user, Model model,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
			@RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean restore) {
		PageQuery pageQuery = query.pageQuery();
		PageResult<Communication> result = communications.search(query.filter(), query.sort(), pageQuery, user);
		model.addAttribute("result", result);
		model.addAttribute("totalPages", Math.max(1, (result.total() + result.size() - 1) / result.size()));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("today", communications.today());
		model.addAttribute("soon", communications.today().plusDays(8));
		model.addAttribute("filteredAccount", filteredAccount(query.accountId(), user));
		names.addTo(model, result.items(), true);
		boolean partial = htmx && !restore;
		return partial ? "communication/list :: results" : "communication/list";
	}

	/** The filtered account's name, only for a user who may read it. */
	private AccountSummary filteredAccount(Long accountId, CurrentUser user) {
		if (accountId == null) {
			return null;
		}
		try {
			return accounts.readable(accountId, user);
		}
		catch (NotFoundException | ForbiddenException e) {
			return null;
		}
	}

}
