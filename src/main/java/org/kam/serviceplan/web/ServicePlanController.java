package org.kam.serviceplan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import org.kam.account.AccountApi;
import org.kam.account.AccountSummary;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.identity.UserRef;
import org.kam.serviceplan.ServicePlanKind;
import org.kam.serviceplan.domain.Recurrence;
import org.kam.serviceplan.domain.ServiceMethod;
import org.kam.serviceplan.domain.ServicePlan;
import org.kam.serviceplan.domain.ServicePlanForm;
import org.kam.serviceplan.domain.ServicePlanService;
import org.kam.serviceplan.domain.ServicePlanStatus;
import org.kam.shared.InvalidInputException;
import org.kam.shared.PageParameters;
import org.kam.shared.PageResult;
import org.kam.shared.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The service plans tab of the account page and its forms. */
@Controller
@RequestMapping("/accounts/{accountId}/service-plans")
class ServicePlanController {

	private static final int RESPONSIBLE_CHOICES = 50;

	private final ServicePlanService plans;

	private final AccountApi accounts;

	private final UserDirectory users;

	ServicePlanController(ServicePlanService plans, AccountApi accounts, UserDirectory users) {
		this.plans = plans;
		this.accounts = accounts;
		this.users = users;
	}

	@GetMapping("/section")
	String section(@PathVariable long accountId, @ModelAttribute PageParameters pages, CurrentUser user, Model model) {
		PageResult<ServicePlan> result = plans.list(accountId, pages.pageQuery(), user);
		model.addAttribute("accountId", accountId);
		model.addAttribute("sectionLinks", pages.linksTo("/accounts/" + accountId + "/service-plans/section"));
		model.addAttribute("result", result);
		model.addAttribute("totalPages", result.totalPages());
		model.addAttribute("responsibles",
				users.find(result.items().stream().map(ServicePlan::responsibleId).toList()));
		model.addAttribute("mayEdit", accounts.mayEdit(accountId, user));
		return "serviceplan/section :: section";
	}

	@GetMapping("/new")
	String newForm(@PathVariable long accountId, CurrentUser user, Model model) {
		ServicePlanForm empty = new ServicePlanForm(null, ServiceMethod.PHONE, user.id(), ServicePlanStatus.PLANNED,
				Recurrence.NONE, plans.today().plusDays(7), null, null, null);
		return form(accounts.editable(accountId, user), empty, null, model);
	}

	@PostMapping
	String create(@PathVariable long accountId, @Valid @ModelAttribute("form") ServicePlanForm form,
			BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
		AccountSummary account = accounts.editable(accountId, user);
		if (!errors.hasErrors()) {
			try {
				plans.create(accountId, form, user);
				return saved(accountId, redirect, "serviceplan.saved");
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(account, form, null, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long accountId, @PathVariable long id, CurrentUser user, Model model) {
		ServicePlan plan = plans.get(accountId, id, user);
		return form(accounts.editable(accountId, user), of(plan), plan, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long accountId, @PathVariable long id,
			@Valid @ModelAttribute("form") ServicePlanForm form, BindingResult errors, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		AccountSummary account = accounts.editable(accountId, user);
		ServicePlan plan = plans.get(accountId, id, user);
		if (!errors.hasErrors()) {
			try {
				plans.update(accountId, id, form, user);
				return saved(accountId, redirect, "serviceplan.saved");
			}
			catch (StaleVersionException e) {
				// show their version; nothing is overwritten
				model.addAttribute("conflict", true);
				ServicePlan theirs = plans.get(accountId, id, user);
				return form(account, of(theirs), theirs, model);
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(account, form, plan, model);
	}

	@PostMapping("/{id}/done")
	String done(@PathVariable long accountId, @PathVariable long id, @RequestParam(required = false) Long version,
			CurrentUser user, RedirectAttributes redirect) {
		try {
			plans.done(accountId, id, version, user);
			return saved(accountId, redirect, "serviceplan.doneSaved");
		}
		catch (StaleVersionException | InvalidInputException e) {
			return saved(accountId, redirect, "serviceplan.doneRefused");
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long accountId, @PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		plans.delete(accountId, id, user);
		return saved(accountId, redirect, "serviceplan.deleted");
	}

	private static String saved(long accountId, RedirectAttributes redirect, String flash) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/accounts/" + accountId + "?tab=" + ServicePlanKind.KIND.tab().segment();
	}

	private String form(AccountSummary account, ServicePlanForm form, ServicePlan plan, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		model.addAttribute("plan", plan);
		model.addAttribute("methods", ServiceMethod.values());
		model.addAttribute("statuses", ServicePlanStatus.values());
		model.addAttribute("recurrences", Recurrence.values());
		List<UserRef> choices = new ArrayList<>(users.searchActive("", RESPONSIBLE_CHOICES));
		Long selected = form.responsibleId();
		if (selected != null && choices.stream().noneMatch(u -> Objects.equals(u.id(), selected))) {
			choices.addAll(0, users.find(List.of(selected)).values());
		}
		model.addAttribute("responsibleChoices", choices);
		return "serviceplan/form";
	}

	private static ServicePlanForm of(ServicePlan p) {
		return new ServicePlanForm(p.service(), p.method(), p.responsibleId(), p.status(), p.recurrence(), p.dueOn(),
				p.startsOn(), p.endsOn(), p.version());
	}

}
