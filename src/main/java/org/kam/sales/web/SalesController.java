package org.kam.sales.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.kam.account.AccountApi;
import org.kam.account.AccountSummary;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.identity.UserRef;
import org.kam.sales.SalesKind;
import org.kam.sales.domain.SalesOrder;
import org.kam.sales.domain.SalesOrderForm;
import org.kam.sales.domain.SalesLineForm;
import org.kam.sales.domain.SalesService;
import org.kam.sales.domain.SalesStats;
import org.kam.sales.domain.StatsPeriod;
import org.kam.shared.FieldProblem;
import org.kam.shared.InvalidInputException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.StaleVersionException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sales pages: the account's sales tab (figures, chart, orders), the order form with
 * its lines, and the list across accounts. Lines are added and removed by the server (the
 * form's "add line" and "remove" buttons submit the form), so the form works without any
 * script.
 */
@Controller
class SalesController {

	private static final int SALESPERSON_CHOICES = 50;

	private static final int TAB_PAGE = 10;

	private final SalesService sales;

	private final AccountApi accounts;

	private final UserDirectory users;

	private final JsonMapper json;

	private final Clock clock;

	private final ZoneId zone;

	private final Validator validator;

	private final MessageSource messages;

	SalesController(SalesService sales, AccountApi accounts, UserDirectory users, JsonMapper json, Clock clock,
			ZoneId zone, Validator validator, MessageSource messages) {
		this.validator = validator;
		this.messages = messages;
		this.sales = sales;
		this.accounts = accounts;
		this.users = users;
		this.json = json;
		this.clock = clock;
		this.zone = zone;
	}

	/** The account page's sales tab, an htmx fragment. */
	@GetMapping("/accounts/{accountId}/sales/section")
	String section(@PathVariable long accountId, @ModelAttribute SalesSectionQuery query, CurrentUser user,
			Model model) {
		AccountSummary account = accounts.readable(accountId, user);
		StatsPeriod period = query.period();
		SalesStats stats = sales.stats(accountId, period, null, null, user);
		PageResult<SalesOrder> orders = sales.list(accountId, null, null, query.pageQuery(TAB_PAGE), user);
		model.addAttribute("sectionLinks", query.links(accountId, TAB_PAGE));
		model.addAttribute("account", account);
		model.addAttribute("stats", stats);
		model.addAttribute("by", period.value());
		model.addAttribute("periods", StatsPeriod.values());
		model.addAttribute("chart", chart(stats));
		model.addAttribute("orders", orders);
		model.addAttribute("totalPages", orders.totalPages());
		model.addAttribute("salespeople",
				users.find(orders.items().stream().map(SalesOrder::salespersonId).distinct().toList()));
		model.addAttribute("mayEdit", accounts.mayEdit(accountId, user));
		return "sales/section :: section";
	}

	/**
	 * Totals per period in the account's main currency (the one with the largest total).
	 */
	private Map<String, Object> chart(SalesStats stats) {
		if (stats.currencies().isEmpty()) {
			return null;
		}
		String currency = stats.currencies().get(0).currency();
		List<String> labels = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		for (SalesStats.PeriodTotal p : stats.periods()) {
			if (p.currency().equals(currency)) {
				labels.add(p.period());
				values.add(p.total());
			}
		}
		return Map.of("currency", currency, "labels", json.writeValueAsString(labels), "values",
				json.writeValueAsString(values));
	}

	@GetMapping("/accounts/{accountId}/sales/new")
	String newForm(@PathVariable long accountId, CurrentUser user, Model model) {
		AccountSummary account = accounts.editable(accountId, user);
		Long salesperson = account.ownerId() != null && users.isActiveUser(account.ownerId()) ? account.ownerId()
				: Long.valueOf(user.id());
		return form(account,
				SalesOrderForm.empty(LocalDate.now(clock.withZone(zone)), salesperson, sales.defaultCurrency()), null,
				model);
	}

	@PostMapping("/accounts/{accountId}/sales")
	String create(@PathVariable long accountId, @Valid @ModelAttribute("form") SalesOrderForm form,
			BindingResult errors, @RequestParam(required = false) String addLine,
			@RequestParam(required = false) Integer removeLine, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		AccountSummary account = accounts.editable(accountId, user);
		SalesOrderForm edited = linesEdited(form, addLine, removeLine);
		if (edited != null) {
			return form(account, edited, null, model);
		}
		BindingResult result = complete(form, errors);
		if (!result.hasErrors()) {
			try {
				sales.create(accountId, form, user);
				return saved(accountId, redirect);
			}
			catch (InvalidInputException e) {
				e.rejectInto(result);
			}
		}
		return form(account, form, null, model, result);
	}

	@GetMapping("/accounts/{accountId}/sales/{id}/edit")
	String editForm(@PathVariable long accountId, @PathVariable long id, CurrentUser user, Model model) {
		AccountSummary account = accounts.editable(accountId, user);
		SalesOrder order = sales.get(accountId, id, user);
		return form(account, of(order), order, model);
	}

	@PostMapping("/accounts/{accountId}/sales/{id}")
	String update(@PathVariable long accountId, @PathVariable long id,
			@Valid @ModelAttribute("form") SalesOrderForm form, BindingResult errors,
			@RequestParam(required = false) String addLine, @RequestParam(required = false) Integer removeLine,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		AccountSummary account = accounts.editable(accountId, user);
		SalesOrder order = sales.get(accountId, id, user);
		SalesOrderForm edited = linesEdited(form, addLine, removeLine);
		if (edited != null) {
			return form(account, edited, order, model);
		}
		BindingResult result = complete(form, errors);
		if (!result.hasErrors()) {
			try {
				sales.update(accountId, id, form, user);
				return saved(accountId, redirect);
			}
			catch (StaleVersionException e) {
				// their version is shown; the user re-applies the change, nothing is
				// overwritten
				model.addAttribute("conflict", true);
				SalesOrder theirs = sales.get(accountId, id, user);
				return form(account, of(theirs), theirs, model);
			}
			catch (InvalidInputException e) {
				e.rejectInto(result);
			}
		}
		return form(account, form, order, model, result);
	}

	@PostMapping("/accounts/{accountId}/sales/{id}/delete")
	String delete(@PathVariable long accountId, @PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		sales.delete(accountId, id, user);
		redirect.addFlashAttribute("flash", "sales.deleted");
		return "redirect:/accounts/" + accountId + "?tab=" + SalesKind.KIND.tab().segment();
	}

	/**
	 * Orders across the accounts the user may read, filters and page in the URL. A query
	 * the list refuses (a page beyond the count cap, a bad sort or range) answers 400
	 * with its problems rather than an error page.
	 */
	@GetMapping("/sales")
	String list(@ModelAttribute("query") SalesListQuery query, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
			@RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean restore) {
		boolean partial = htmx && !restore;
		PageResult<SalesOrder> result;
		List<FieldProblem> problems = List.of();
		try {
			result = sales.search(query.filter(), query.sort(), query.pageQuery(), user);
		}
		catch (InvalidInputException e) {
			// htmx swaps only 2xx answers, so its partial says the same with 200
			if (!partial) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			}
			problems = e.problems().stream().map(problem -> problem.in(messages, locale)).toList();
			result = new PageResult<>(List.of(), 0, PageQuery.DEFAULT_SIZE, 0);
		}
		model.addAttribute("problems", problems);
		model.addAttribute("result", result);
		model.addAttribute("totalPages", result.totalPages());
		model.addAttribute("accountNames",
				accounts.find(result.items().stream().map(SalesOrder::accountId).distinct().toList()));
		model.addAttribute("salespeople",
				users.find(Stream
					.concat(result.items().stream().map(SalesOrder::salespersonId), Stream.of(query.salespersonId()))
					.filter(Objects::nonNull)
					.distinct()
					.toList()));
		model.addAttribute("salespersonChoices", choices(query.salespersonId()));
		model.addAttribute("partial", partial);
		return partial ? "sales/list :: results" : "sales/list";
	}

	/** The form after its "add line" or "remove" button, or null when it was saved. */
	private static SalesOrderForm linesEdited(SalesOrderForm form, String addLine, Integer removeLine) {
		if (addLine != null) {
			return form.withLineAdded();
		}
		if (removeLine != null) {
			return form.withLineRemoved(removeLine);
		}
		return null;
	}

	private static String saved(long accountId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "sales.saved");
		return "redirect:/accounts/" + accountId + "?tab=" + SalesKind.KIND.tab().segment();
	}

	/**
	 * The binding result with every problem: when a value could not be converted (a
	 * quantity "abc"), Spring binds the record without a target and skips validation; the
	 * form is then validated here so that all errors show at once.
	 */
	private BindingResult complete(SalesOrderForm form, BindingResult errors) {
		if (errors.getTarget() == form) {
			return errors;
		}
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");
		result.addAllErrors(errors);
		new SpringValidatorAdapter(validator).validate(form, result);
		return result;
	}

	private String form(AccountSummary account, SalesOrderForm form, SalesOrder order, Model model) {
		return form(account, form, order, model, null);
	}

	private String form(AccountSummary account, SalesOrderForm form, SalesOrder order, Model model,
			BindingResult errors) {
		SalesOrderForm shown = form.lines() == null ? form.withLines(new ArrayList<>()) : form;
		model.addAttribute("account", account);
		model.addAttribute("form", shown);
		if (errors != null && errors.hasErrors()) {
			BeanPropertyBindingResult result = new BeanPropertyBindingResult(shown, "form");
			result.addAllErrors(errors);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		}
		model.addAttribute("order", order);
		model.addAttribute("salespersonChoices", choices(form.salespersonId()));
		model.addAttribute("maxLines", SalesOrderForm.MAX_LINES);
		return "sales/form";
	}

	/** Active users by name, the current choice kept even when it is not among them. */
	private List<UserRef> choices(Long selected) {
		List<UserRef> choices = new ArrayList<>(users.searchActive("", SALESPERSON_CHOICES));
		if (selected != null && choices.stream().noneMatch(u -> u.id() == selected)) {
			choices.addAll(0, users.find(List.of(selected)).values());
		}
		return choices;
	}

	private static SalesOrderForm of(SalesOrder o) {
		return new SalesOrderForm(null, o.orderNo(), o.orderDate(), o.salespersonId(), o.currency(), new ArrayList<>(
				o.lines().stream().map(l -> new SalesLineForm(l.product(), l.quantity(), l.unitPrice())).toList()),
				o.version());
	}

}
