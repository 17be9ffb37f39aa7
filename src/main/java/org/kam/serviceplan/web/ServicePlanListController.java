package org.kam.serviceplan.web;

import java.util.Arrays;

import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.serviceplan.domain.ServicePlan;
import org.kam.serviceplan.domain.ServicePlanService;
import org.kam.serviceplan.domain.ServicePlanStatus;
import org.kam.shared.InvalidInputException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Service plans across accounts: by default the user's overdue and upcoming items; the
 * team manager widens it to everyone's.
 */
@Controller
class ServicePlanListController {

	private final ServicePlanService plans;

	private final UserDirectory users;

	ServicePlanListController(ServicePlanService plans, UserDirectory users) {
		this.plans = plans;
		this.users = users;
	}

	@GetMapping("/service-plans")
	String list(@ModelAttribute("query") ServicePlanListQuery query, CurrentUser user, Model model,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
			@RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean restore) {
		if (query.status() != null && !query.status().isBlank() && !ServicePlanListQuery.ANY.equals(query.status())
				&& Arrays.stream(ServicePlanStatus.values()).noneMatch(s -> s.name().equals(query.status()))) {
			throw new InvalidInputException("status", "serviceplan.validation.status", "is not a status");
		}
		PageQuery page = query.pageQuery();
		PageResult<ServicePlan> result = plans.list(query.filter(user), null, page, user);
		model.addAttribute("result", result);
		model.addAttribute("totalPages", result.totalPages());
		model.addAttribute("responsibles",
				users.find(result.items().stream().map(ServicePlan::responsibleId).toList()));
		model.addAttribute("statuses", ServicePlanStatus.values());
		boolean partial = htmx && !restore;
		return partial ? "serviceplan/list :: results" : "serviceplan/list";
	}

}
