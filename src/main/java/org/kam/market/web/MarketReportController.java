package org.kam.market.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import org.kam.account.AccountApi;
import org.kam.account.AccountSummary;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.market.MarketReportKind;
import org.kam.market.domain.CompetitorForm;
import org.kam.market.domain.LinkedAccount;
import org.kam.market.domain.MarketReport;
import org.kam.market.domain.MarketReportForm;
import org.kam.market.domain.MarketReportService;
import org.kam.shared.ForbiddenException;
import org.kam.shared.InvalidInputException;
import org.kam.shared.PageResult;
import org.kam.shared.StaleVersionException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The market report pages: the list, a report with its chart, and the form. The form
 * works without JavaScript: "add a competitor", "remove" and the account search post the
 * form back and get it again with the change, nothing lost; htmx only makes the account
 * search live.
 */
@Controller
@RequestMapping("/market-reports")
class MarketReportController {

	static final int SPARE_ROWS = 3;

	static final int ACCOUNT_OPTIONS = 20;

	private static final List<String> COLORS = List.of("#1f4e8c", "#2f9e8f", "#c98a00", "#b5475b", "#6a4fb0", "#3f8fd6",
			"#7a9a2e", "#d0672f", "#4d6f8c", "#9c5f9e", "#2e7d4f", "#a67c52", "#5b8ad6", "#c0504d", "#7f7f7f",
			"#8c6d1f", "#1a9fb5", "#aa4488", "#557733", "#335577");

	private static final String OTHERS_COLOR = "#d5d9e1";

	private final MarketReportService reports;

	private final AccountApi accounts;

	private final UserDirectory users;

	private final MessageSource messages;

	private final JsonMapper json;

	MarketReportController(MarketReportService reports, AccountApi accounts, UserDirectory users,
			MessageSource messages, JsonMapper json) {
		this.reports = reports;
		this.accounts = accounts;
		this.users = users;
		this.messages = messages;
		this.json = json;
	}

	/** The full page, or only the results for htmx (a history restore needs the page). */
	@GetMapping
	String list(@ModelAttribute("query") MarketReportQuery query, CurrentUser user, Model model,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
			@RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean restore) {
		PageResult<MarketReport> result = reports.list(query.filter(), query.sort(), query.pageQuery(), user);
		model.addAttribute("result", result);
		model.addAttribute("totalPages", result.totalPages());
		model.addAttribute("mayCreate", reports.mayCreate(user));
		model.addAttribute("filterAccount",
				query.accountId() == null ? null : accounts.readable(query.accountId(), user));
		boolean partial = htmx && !restore;
		return partial ? "market/list :: results" : "market/list";
	}

	@GetMapping("/{rid}")
	String show(@PathVariable long rid, CurrentUser user, Locale locale, Model model) {
		MarketReport report = reports.get(rid, user);
		model.addAttribute("report", report);
		model.addAttribute("chart", chart(report, locale));
		model.addAttribute("mayEdit", reports.mayEdit(user));
		model.addAttribute("mayDelete", reports.mayDelete(report, user));
		model.addAttribute("people", users
			.find(Stream.of(report.authorId(), report.updatedBy()).filter(Objects::nonNull).distinct().toList()));
		return "market/show";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long accountId, CurrentUser user, Model model) {
		requireCreate(user);
		MarketReportForm empty = new MarketReportForm(null, null, null, null, null, null, null, null, "CNY", null,
				spareRows(List.of()), null, List.of(), null);
		if (accountId != null) {
			// a report started from an account's tab concerns that account and its market
			AccountSummary account = accounts.readable(accountId, user);
			empty = new MarketReportForm(null, null, account.province(), account.city(), null, null, null, null, "CNY",
					null, spareRows(List.of()), null, List.of(accountId), null);
		}
		return form(empty, null, null, accountId, null, user, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") MarketReportForm form, BindingResult errors,
			@RequestParam(required = false) Long fromAccount, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		requireCreate(user);
		if (!errors.hasErrors()) {
			try {
				MarketReport created = reports.create(form, user);
				redirect.addFlashAttribute("flash", "market.created");
				return fromAccount != null ? backToAccount(fromAccount) : "redirect:/market-reports/" + created.id();
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(form, errors, null, fromAccount, null, user, model);
	}

	@PostMapping(params = "addCompetitor")
	String addRowToNew(@ModelAttribute("form") MarketReportForm form, BindingResult errors,
			@RequestParam(required = false) Long fromAccount, CurrentUser user, Model model) {
		requireCreate(user);
		return form(withRowAdded(form), null, null, fromAccount, null, user, model);
	}

	@PostMapping(params = "removeCompetitor")
	String removeRowFromNew(@ModelAttribute("form") MarketReportForm form, BindingResult errors,
			@RequestParam int removeCompetitor, @RequestParam(required = false) Long fromAccount, CurrentUser user,
			Model model) {
		requireCreate(user);
		return form(withRowRemoved(form, removeCompetitor), null, null, fromAccount, null, user, model);
	}

	@PostMapping(params = "searchAccounts")
	String searchForNew(@ModelAttribute("form") MarketReportForm form, BindingResult errors,
			@RequestParam(required = false) String accountSearch, @RequestParam(required = false) Long fromAccount,
			CurrentUser user, Model model) {
		requireCreate(user);
		return form(form, null, null, fromAccount, accountSearch, user, model);
	}

	@GetMapping("/{rid}/edit")
	String editForm(@PathVariable long rid, @RequestParam(required = false) Long fromAccount, CurrentUser user,
			Model model) {
		MarketReport report = reports.get(rid, user);
		requireEdit(user);
		return form(of(report), null, report, fromAccount, null, user, model);
	}

	@PostMapping("/{rid}")
	String update(@PathVariable long rid, @Valid @ModelAttribute("form") MarketReportForm form, BindingResult errors,
			@RequestParam(required = false) Long fromAccount, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		MarketReport report = reports.get(rid, user);
		requireEdit(user);
		if (!errors.hasErrors()) {
			try {
				reports.update(rid, form, user);
				redirect.addFlashAttribute("flash", "market.saved");
				return fromAccount != null ? backToAccount(fromAccount) : "redirect:/market-reports/" + rid;
			}
			catch (StaleVersionException e) {
				// their version in the form; the user applies the change again, nothing
				// is
				// overwritten
				MarketReport theirs = reports.get(rid, user);
				model.addAttribute("conflict", true);
				return form(of(theirs), null, theirs, fromAccount, null, user, model);
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(form, errors, report, fromAccount, null, user, model);
	}

	@PostMapping(path = "/{rid}", params = "addCompetitor")
	String addRow(@PathVariable long rid, @ModelAttribute("form") MarketReportForm form, BindingResult errors,
			@RequestParam(required = false) Long fromAccount, CurrentUser user, Model model) {
		MarketReport report = reports.get(rid, user);
		requireEdit(user);
		return form(withRowAdded(form), null, report, fromAccount, null, user, model);
	}

	@PostMapping(path = "/{rid}", params = "removeCompetitor")
	String removeRow(@PathVariable long rid, @ModelAttribute("form") MarketReportForm form, BindingResult errors,
			@RequestParam int removeCompetitor, @RequestParam(required = false) Long fromAccount, CurrentUser user,
			Model model) {
		MarketReport report = reports.get(rid, user);
		requireEdit(user);
		return form(withRowRemoved(form, removeCompetitor), null, report, fromAccount, null, user, model);
	}

	@PostMapping(path = "/{rid}", params = "searchAccounts")
	String search(@PathVariable long rid, @ModelAttribute("form") MarketReportForm form, BindingResult errors,
			@RequestParam(required = false) String accountSearch, @RequestParam(required = false) Long fromAccount,
			CurrentUser user, Model model) {
		MarketReport report = reports.get(rid, user);
		requireEdit(user);
		return form(form, null, report, fromAccount, accountSearch, user, model);
	}

	@PostMapping("/{rid}/delete")
	String delete(@PathVariable long rid, CurrentUser user, RedirectAttributes redirect) {
		reports.delete(rid, user);
		redirect.addFlashAttribute("flash", "market.deleted");
		return "redirect:/market-reports";
	}

	/** Accounts to link, as the user types: checkboxes the form posts with the rest. */
	@GetMapping("/account-options")
	String accountOptions(@RequestParam(required = false) String accountSearch, CurrentUser user, Model model) {
		model.addAttribute("accountOptions", reports.searchAccounts(accountSearch, ACCOUNT_OPTIONS, user));
		model.addAttribute("accountSearch", accountSearch);
		return "market/form :: accountOptions";
	}

	private String form(MarketReportForm form, BindingResult errors, MarketReport report, Long fromAccount,
			String accountSearch, CurrentUser user, Model model) {
		boolean failed = errors != null && errors.hasErrors();
		MarketReportForm shown = form.competitorRows().isEmpty() && !failed ? form.withCompetitors(spareRows(List.of()))
				: form;
		List<Long> ids = form.linkedIds().stream().filter(Objects::nonNull).distinct().toList();
		List<LinkedAccount> linked = reports.readableAccounts(ids, user);
		Set<Long> named = linked.stream().map(LinkedAccount::id).collect(Collectors.toSet());
		model.addAttribute("form", shown);
		if (failed) {
			// the binding result holds the typed values and the messages; putting the
			// form
			// back into the model drops it, so it goes back in too
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		}
		model.addAttribute("report", report);
		model.addAttribute("fromAccount", fromAccount);
		model.addAttribute("linkedAccounts", linked);
		// ids the user sent but may not see: shown as numbers next to the error
		model.addAttribute("unnamedIds", ids.stream().filter(id -> !named.contains(id)).toList());
		model.addAttribute("accountSearch", accountSearch);
		model.addAttribute("accountOptions",
				accountSearch == null ? List.of() : reports.searchAccounts(accountSearch, ACCOUNT_OPTIONS, user));
		model.addAttribute("maxCompetitors", 20);
		return "market/form";
	}

	private static MarketReportForm withRowAdded(MarketReportForm form) {
		List<CompetitorForm> rows = new ArrayList<>(nonNull(form.competitorRows()));
		if (rows.size() < 20) {
			rows.add(CompetitorForm.empty());
		}
		return form.withCompetitors(rows);
	}

	private static MarketReportForm withRowRemoved(MarketReportForm form, int index) {
		List<CompetitorForm> rows = new ArrayList<>(nonNull(form.competitorRows()));
		if (index >= 0 && index < rows.size()) {
			rows.remove(index);
		}
		return form.withCompetitors(rows.isEmpty() ? spareRows(rows) : rows);
	}

	private static List<CompetitorForm> nonNull(List<CompetitorForm> rows) {
		return rows.stream().map(row -> row == null ? CompetitorForm.empty() : row).toList();
	}

	private static List<CompetitorForm> spareRows(List<CompetitorForm> rows) {
		List<CompetitorForm> all = new ArrayList<>(rows);
		for (int i = 0; i < SPARE_ROWS; i++) {
			all.add(CompetitorForm.empty());
		}
		return all;
	}

	/** The stored report as a form; the period as its label when it has one. */
	static MarketReportForm of(MarketReport r) {
		List<CompetitorForm> rows = new ArrayList<>(
				r.competitors().stream().map(c -> new CompetitorForm(c.name(), c.share(), c.notes())).toList());
		rows.add(CompetitorForm.empty());
		boolean labelled = r.period() != null;
		return new MarketReportForm(r.title(), r.industry(), r.province(), r.city(), r.period(),
				labelled ? null : r.periodStart(), labelled ? null : r.periodEnd(), r.marketSize(), r.currency(),
				r.growthRate(), rows, r.demandNotes(), r.accountIds(), r.version());
	}

	/**
	 * The doughnut's data: each competitor's share and what remains of 100% as "others",
	 * as JSON for data attributes (no inline script).
	 */
	private Map<String, String> chart(MarketReport report, Locale locale) {
		List<String> labels = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		List<String> colors = new ArrayList<>();
		for (int i = 0; i < report.competitors().size(); i++) {
			labels.add(report.competitors().get(i).name());
			values.add(report.competitors().get(i).share());
			colors.add(COLORS.get(i % COLORS.size()));
		}
		if (report.othersShare().signum() > 0) {
			labels.add(messages.getMessage("market.chart.others", null, locale));
			values.add(report.othersShare());
			colors.add(OTHERS_COLOR);
		}
		return Map.of("labels", json.writeValueAsString(labels), "values", json.writeValueAsString(values), "colors",
				json.writeValueAsString(colors));
	}

	private void requireCreate(CurrentUser user) {
		if (!reports.mayCreate(user)) {
			throw new ForbiddenException("Only administrators, team managers and analysts write market reports.");
		}
	}

	private void requireEdit(CurrentUser user) {
		if (!reports.mayEdit(user)) {
			throw new ForbiddenException("Only administrators, team managers and analysts change market reports.");
		}
	}

	private static String backToAccount(long accountId) {
		return "redirect:/accounts/" + accountId + "?tab=" + MarketReportKind.KIND.tab().segment();
	}

}
