package org.kam.contract.web;

import java.util.List;

import org.kam.account.AccountApi;
import org.kam.account.AccountSummary;
import org.kam.contract.ContractStatus;
import org.kam.contract.ContractType;
import org.kam.contract.domain.Contract;
import org.kam.contract.domain.ContractService;
import org.kam.identity.CurrentUser;
import org.kam.shared.CountCap;
import org.kam.shared.ForbiddenException;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Contracts across the accounts the user may read, with filters (among them "expiring
 * within N days"); the full page, or only the results when htmx asks for them.
 */
@Controller
class ContractListController {

	/** The choices of the "expiring within" filter; any other number works in the URL. */
	static final List<Integer> EXPIRING_CHOICES = List.of(30, 60, 90, 180);

	private final ContractService contracts;

	private final AccountApi accounts;

	ContractListController(ContractService contracts, AccountApi accounts) {
		this.contracts = contracts;
		this.accounts = accounts;
	}

	@GetMapping("/contracts")
	String list(@ModelAttribute("query") ContractQuery query, CurrentUser user, Model model,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
			@RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean restore) {
		PageQuery pageQuery = query.pageQuery();
		PageResult<Contract> result;
		try {
			result = contracts.search(query.filter(), query.sort(), pageQuery, user);
		}
		catch (InvalidInputException e) {
			// a hand-edited URL (unknown sort, days out of range): show the problem, not
			// an error page
			model.addAttribute("problem", e.problems().get(0));
			result = new PageResult<>(List.of(), pageQuery.page(), pageQuery.size(), 0);
		}
		model.addAttribute("result", result);
		model.addAttribute("totalPages", CountCap.pages(result));
		model.addAttribute("statuses", ContractStatus.values());
		model.addAttribute("types", ContractType.values());
		model.addAttribute("expiringChoices", EXPIRING_CHOICES);
		model.addAttribute("today", contracts.today());
		model.addAttribute("filteredAccount", readableAccount(query.accountId(), user));
		boolean partial = htmx && !restore;
		model.addAttribute("partial", partial);
		return partial ? "contract/list :: results" : "contract/list";
	}

	/** The account the list is narrowed to, named only when the user may read it. */
	private AccountSummary readableAccount(Long accountId, CurrentUser user) {
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
