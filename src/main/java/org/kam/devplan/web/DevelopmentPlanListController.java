package org.kam.devplan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.kam.devplan.domain.DevelopmentPlanService;
import org.kam.devplan.domain.DevelopmentPlanSummary;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.identity.UserRef;
import org.kam.shared.InvalidInputException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Development plans across the accounts the user may read, with filters; the full page,
 * or only the results when htmx asks for them.
 */
@Controller
class DevelopmentPlanListController {

	private static final int OWNER_CHOICES = 50;

	private final DevelopmentPlanService plans;

	private final UserDirectory users;

	DevelopmentPlanListController(DevelopmentPlanService plans, UserDirectory users) {
		this.plans = plans;
		this.users = users;
	}

	@GetMapping("/development-plans")
	String list(@ModelAttribute("query") DevelopmentPlanListQuery query, CurrentUser user, Model model,
			HttpServletResponse response, @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
			@RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean restore) {
		boolean partial = htmx && !restore;
		PageResult<DevelopmentPlanSummary> result;
		Long ownerId = null;
		try {
			DevelopmentPlanListQuery.Read read = query.read();
			ownerId = read.filter().ownerId();
			result = plans.list(read.filter(), query.sort(), read.page(), user);
		}
		catch (InvalidInputException e) {
			// a hand-edited URL: the page names the parameters; htmx swaps only 2xx
			// answers,
			// so its partial says the same with 200
			model.addAttribute("problems", e.problems());
			result = new PageResult<>(List.of(), 0, PageQuery.DEFAULT_SIZE, 0);
			if (!partial) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			}
		}
		model.addAttribute("result", result);
		model.addAttribute("totalPages", result.totalPages());
		model.addAttribute("owners",
				users.find(result.items()
					.stream()
					.map(DevelopmentPlanSummary::ownerId)
					.filter(Objects::nonNull)
					.distinct()
					.toList()));
		model.addAttribute("ownerChoices", ownerChoices(ownerId));
		model.addAttribute("partial", partial);
		return partial ? "devplan/list :: results" : "devplan/list";
	}

	/** The first active users by name, and the one filtered on when not among them. */
	private List<UserRef> ownerChoices(Long selected) {
		List<UserRef> choices = new ArrayList<>(users.searchActive("", OWNER_CHOICES));
		if (selected != null && choices.stream().noneMatch(u -> u.id() == selected)) {
			choices.addAll(0, users.find(List.of(selected)).values());
		}
		return choices;
	}

}
