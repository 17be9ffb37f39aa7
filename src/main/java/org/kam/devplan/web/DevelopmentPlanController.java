package org.kam.devplan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.kam.account.AccountApi;
import org.kam.account.AccountSummary;
import org.kam.account.ContactRef;
import org.kam.devplan.DevelopmentPlanKind;
import org.kam.devplan.domain.Attitude;
import org.kam.devplan.domain.DevelopmentPlan;
import org.kam.devplan.domain.DevelopmentPlanForm;
import org.kam.devplan.domain.DevelopmentPlanService;
import org.kam.devplan.domain.Influence;
import org.kam.devplan.domain.MilestoneForm;
import org.kam.devplan.domain.MilestoneStatus;
import org.kam.devplan.domain.Stakeholder;
import org.kam.devplan.domain.StakeholderForm;
import org.kam.identity.CurrentUser;
import org.kam.shared.InvalidInputException;
import org.kam.shared.PageParameters;
import org.kam.shared.PageResult;
import org.kam.shared.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The development plans tab of the account page, the plan page and the form. Milestone
 * and stakeholder rows are added and removed by submit buttons the server handles (no
 * script).
 */
@Controller
@RequestMapping("/accounts/{accountId}/development-plans")
class DevelopmentPlanController {

	private final DevelopmentPlanService plans;

	private final AccountApi accounts;

	private final Validator validator;

	DevelopmentPlanController(DevelopmentPlanService plans, AccountApi accounts, Validator validator) {
		this.plans = plans;
		this.accounts = accounts;
		this.validator = validator;
	}

	@GetMapping("/section")
	String section(@PathVariable long accountId, @ModelAttribute PageParameters pages, CurrentUser user, Model model) {
		PageResult<DevelopmentPlan> result = plans.list(accountId, pages.pageQuery(), user);
		model.addAttribute("accountId", accountId);
		model.addAttribute("sectionLinks", pages.linksTo("/accounts/" + accountId + "/development-plans/section"));
		model.addAttribute("result", result);
		model.addAttribute("totalPages", result.totalPages());
		model.addAttribute("mayEdit", accounts.mayEdit(accountId, user));
		return "devplan/section :: section";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long accountId, @PathVariable long id, CurrentUser user, Model model) {
		AccountSummary account = accounts.readable(accountId, user);
		DevelopmentPlan plan = plans.get(accountId, id, user);
		model.addAttribute("account", account);
		model.addAttribute("plan", plan);
		model.addAttribute("grid", grid(plan.stakeholders()));
		model.addAttribute("influences", Influence.values());
		model.addAttribute("attitudes", Attitude.values());
		model.addAttribute("mayEdit", accounts.mayEdit(accountId, user));
		return "devplan/show";
	}

	@GetMapping("/new")
	String newForm(@PathVariable long accountId, CurrentUser user, Model model) {
		AccountSummary account = accounts.editable(accountId, user);
		return form(account, DevelopmentPlanForm.empty(plans.today(), plans.defaultCurrency()), null, user, model,
				null);
	}

	@PostMapping
	String create(@PathVariable long accountId, @Valid @ModelAttribute("form") DevelopmentPlanForm form,
			BindingResult errors, @RequestParam(required = false) String addMilestone,
			@RequestParam(required = false) Integer removeMilestone,
			@RequestParam(required = false) String addStakeholder,
			@RequestParam(required = false) Integer removeStakeholder, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		AccountSummary account = accounts.editable(accountId, user);
		DevelopmentPlanForm edited = rowsEdited(form, addMilestone, removeMilestone, addStakeholder, removeStakeholder);
		if (edited != null) {
			return form(account, edited, null, user, model, null);
		}
		BindingResult result = complete(form, errors);
		if (!result.hasErrors()) {
			try {
				plans.create(accountId, form, user);
				return saved(accountId, redirect, "devplan.saved");
			}
			catch (InvalidInputException e) {
				e.rejectInto(result);
			}
		}
		return form(account, form, null, user, model, result);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long accountId, @PathVariable long id, CurrentUser user, Model model) {
		AccountSummary account = accounts.editable(accountId, user);
		DevelopmentPlan plan = plans.get(accountId, id, user);
		return form(account, of(plan), plan, user, model, null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long accountId, @PathVariable long id,
			@Valid @ModelAttribute("form") DevelopmentPlanForm form, BindingResult errors,
			@RequestParam(required = false) String addMilestone,
			@RequestParam(required = false) Integer removeMilestone,
			@RequestParam(required = false) String addStakeholder,
			@RequestParam(required = false) Integer removeStakeholder, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		AccountSummary account = accounts.editable(accountId, user);
		DevelopmentPlan plan = plans.get(accountId, id, user);
		DevelopmentPlanForm edited = rowsEdited(form, addMilestone, removeMilestone, addStakeholder, removeStakeholder);
		if (edited != null) {
			return form(account, edited, plan, user, model, null);
		}
		BindingResult result = complete(form, errors);
		if (!result.hasErrors()) {
			try {
				plans.update(accountId, id, form, user);
				return saved(accountId, redirect, "devplan.saved");
			}
			catch (StaleVersionException e) {
				model.addAttribute("conflict", true);
				DevelopmentPlan theirs = plans.get(accountId, id, user);
				return form(account, of(theirs), theirs, user, model, null);
			}
			catch (InvalidInputException e) {
				e.rejectInto(result);
			}
		}
		return form(account, form, plan, user, model, result);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long accountId, @PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		plans.delete(accountId, id, user);
		return saved(accountId, redirect, "devplan.deleted");
	}

	/** The form after an add or remove button, or null when it is to be saved. */
	private static DevelopmentPlanForm rowsEdited(DevelopmentPlanForm form, String addMilestone,
			Integer removeMilestone, String addStakeholder, Integer removeStakeholder) {
		if (addMilestone != null) {
			return form.withMilestoneAdded();
		}
		if (removeMilestone != null) {
			return form.withMilestoneRemoved(removeMilestone);
		}
		if (addStakeholder != null) {
			return form.withStakeholderAdded();
		}
		if (removeStakeholder != null) {
			return form.withStakeholderRemoved(removeStakeholder);
		}
		return null;
	}

	/**
	 * The binding result with every problem: when a value could not be converted, Spring
	 * binds the record without a target and skips validation; it is validated here then.
	 */
	private BindingResult complete(DevelopmentPlanForm form, BindingResult errors) {
		if (errors.getTarget() == form) {
			return errors;
		}
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");
		result.addAllErrors(errors);
		new SpringValidatorAdapter(validator).validate(form, result);
		return result;
	}

	private static String saved(long accountId, RedirectAttributes redirect, String flash) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/accounts/" + accountId + "?tab=" + DevelopmentPlanKind.KIND.tab().segment();
	}

	private String form(AccountSummary account, DevelopmentPlanForm form, DevelopmentPlan plan, CurrentUser user,
			Model model, BindingResult errors) {
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		if (errors != null && errors.hasErrors()) {
			BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");
			result.addAllErrors(errors);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		}
		model.addAttribute("plan", plan);
		model.addAttribute("statuses", MilestoneStatus.values());
		model.addAttribute("influences", Influence.values());
		model.addAttribute("attitudes", Attitude.values());
		List<ContactRef> contacts = new ArrayList<>(accounts.contacts(account.id(), user));
		model.addAttribute("contactChoices", contacts);
		model.addAttribute("maxRows", DevelopmentPlanForm.MAX_ROWS);
		return "devplan/form";
	}

	/** Stakeholders by influence, then attitude: the cells of the map's grid. */
	static Map<Influence, Map<Attitude, List<Stakeholder>>> grid(List<Stakeholder> stakeholders) {
		Map<Influence, Map<Attitude, List<Stakeholder>>> grid = new LinkedHashMap<>();
		for (Influence i : Influence.values()) {
			Map<Attitude, List<Stakeholder>> row = new LinkedHashMap<>();
			for (Attitude a : Attitude.values()) {
				row.put(a, new ArrayList<>());
			}
			grid.put(i, row);
		}
		for (Stakeholder s : stakeholders) {
			grid.get(s.influence()).get(s.attitude()).add(s);
		}
		return grid;
	}

	private static DevelopmentPlanForm of(DevelopmentPlan p) {
		return new DevelopmentPlanForm(p.periodStart(), p.periodEnd(), p.title(), p.goals(), p.revenueTarget(),
				p.currency(), p.newProductLines(), p.cooperation(),
				p.milestones().stream().map(m -> new MilestoneForm(m.title(), m.dueOn(), m.status())).toList(),
				p.stakeholders()
					.stream()
					.map(s -> new StakeholderForm(s.contactId(), s.influence(), s.attitude(), s.nextMove()))
					.toList(),
				p.version());
	}

}
