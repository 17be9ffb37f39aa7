package org.kam.communication.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.kam.account.AccountApi;
import org.kam.account.AccountSummary;
import org.kam.communication.Channel;
import org.kam.communication.domain.Communication;
import org.kam.communication.domain.CommunicationService;
import org.kam.identity.CurrentUser;
import org.kam.shared.FieldProblem;
import org.kam.shared.ForbiddenException;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	CommunicationListController(CommunicationService communications, AccountApi accounts, Names names,
			MessageSource messages) {
		this.communications = communications;
		this.accounts = accounts;
		this.names = names;
		this.messages = messages;
	}

	/**
	 * The full page, or only the results when htmx asks for them; a history restore needs
	 * the full page again. A query the list refuses (a page beyond the count cap, a bad
	 * sort) answers 400 with its problems rather than an error page.
	 */
	@GetMapping("/communications")
	String list(@ModelAttribute("query") CommunicationQuery query, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
			@RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean restore) {
		PageResult<Communication> result;
		List<FieldProblem> problems = List.of();
		try {
			result = communications.search(query.filter(), query.sort(), query.pageQuery(), user);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			problems = e.problems().stream().map(problem -> problem.in(messages, locale)).toList();
			result = new PageResult<>(List.of(), 0, PageQuery.DEFAULT_SIZE, 0);
		}
		model.addAttribute("problems", problems);
		model.addAttribute("result", result);
		model.addAttribute("totalPages", result.totalPages());
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
