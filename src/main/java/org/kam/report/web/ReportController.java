package org.kam.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import org.kam.account.AccountApi;
import org.kam.account.AccountSummary;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.report.ReportKind;
import org.kam.report.ReportPeriod;
import org.kam.report.document.ReportDocuments;
import org.kam.report.domain.NewReport;
import org.kam.report.domain.Report;
import org.kam.report.domain.ReportService;
import org.kam.report.domain.ReportTexts;
import org.kam.report.domain.ReportVersion;
import org.kam.report.domain.VersionEntry;
import org.kam.shared.InvalidInputException;
import org.kam.shared.PageParameters;
import org.kam.shared.PageQuery;
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

/**
 * The reports tab of the account page, the form that generates a report, and a report's
 * page with its sections, its editable texts and its versions.
 */
@Controller
@RequestMapping("/accounts/{accountId}/reports")
class ReportController {

	/** Months and quarters offered by the period picker, the current one first. */
	static final int MONTHS_OFFERED = 12;

	static final int QUARTERS_OFFERED = 8;

	static final int TAB_PAGE = 10;

	static final int VERSIONS_SHOWN = 20;

	private final ReportService reports;

	private final ReportDocuments documents;

	private final AccountApi accounts;

	private final UserDirectory users;

	private final Clock clock;

	private final ZoneId zone;

	ReportController(ReportService reports, ReportDocuments documents, AccountApi accounts, UserDirectory users,
			Clock clock, ZoneId zone) {
		this.reports = reports;
		this.documents = documents;
		this.accounts = accounts;
		this.users = users;
		this.clock = clock;
		this.zone = zone;
	}

	@GetMapping("/section")
	String section(@PathVariable long accountId, @ModelAttribute PageParameters pages, CurrentUser user, Locale locale,
			Model model) {
		PageResult<Report> list = reports.list(accountId, null, "period,desc", pages.pageQuery(TAB_PAGE), user);
		model.addAttribute("accountId", accountId);
		model.addAttribute("sectionLinks", pages.linksTo("/accounts/" + accountId + "/reports/section", TAB_PAGE));
		model.addAttribute("result", list);
		model.addAttribute("labels", list.items().stream().map(r -> documents.periodLabel(r, locale)).toList());
		model.addAttribute("totalPages", list.totalPages());
		model.addAttribute("mayEdit", reports.mayEdit(accountId, user));
		return "report/section :: section";
	}

	@GetMapping("/new")
	String newForm(@PathVariable long accountId, CurrentUser user, Locale locale, Model model) {
		AccountSummary account = accounts.editable(accountId, user);
		return form(account, new NewReport(periods(locale).get(0).code()), locale, model);
	}

	@PostMapping
	String create(@PathVariable long accountId, @ModelAttribute("form") NewReport form, BindingResult errors,
			CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
		AccountSummary account = accounts.editable(accountId, user);
		try {
			ReportVersion created = reports.create(accountId, form, user);
			redirect.addFlashAttribute("flash", "report.created");
			return "redirect:/accounts/" + accountId + "/reports/" + created.report().id();
		}
		catch (InvalidInputException e) {
			e.rejectInto(errors);
		}
		return form(account, form, locale, model);
	}

	@GetMapping("/{reportId}")
	String show(@PathVariable long accountId, @PathVariable long reportId, @RequestParam(required = false) Long version,
			CurrentUser user, Locale locale, Model model) {
		ReportVersion shown = version == null ? reports.get(accountId, reportId, user)
				: reports.version(accountId, reportId, version, user);
		ReportTexts form = new ReportTexts(shown.report().version(), shown.summary(), shown.problemsAndSolutions());
		return page(shown, form, null, user, locale, model);
	}

	@PostMapping("/{reportId}")
	String edit(@PathVariable long accountId, @PathVariable long reportId,
			@Valid @ModelAttribute("form") ReportTexts form, BindingResult errors, CurrentUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				ReportVersion saved = reports.edit(accountId, reportId, form, user);
				redirect.addFlashAttribute("flash", "report.saved");
				return "redirect:/accounts/" + accountId + "/reports/" + saved.report().id();
			}
			catch (StaleVersionException e) {
				// Their version is shown; the form keeps the user's texts on top of it,
				// so
				// saving again is a decision, and nothing typed is lost.
				ReportVersion theirs = reports.get(accountId, reportId, user);
				ReportTexts kept = new ReportTexts(theirs.report().version(), form.summary(),
						form.problemsAndSolutions());
				return page(theirs, kept, theirs, user, locale, model);
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return page(reports.get(accountId, reportId, user), form, null, user, locale, model);
	}

	@PostMapping("/{reportId}/regenerate")
	String regenerate(@PathVariable long accountId, @PathVariable long reportId,
			@RequestParam(required = false) Long version, CurrentUser user, RedirectAttributes redirect) {
		try {
			reports.regenerate(accountId, reportId, version, user);
			redirect.addFlashAttribute("flash", "report.regenerated");
		}
		catch (StaleVersionException e) {
			redirect.addFlashAttribute("flash", "report.regenerate.stale");
		}
		return "redirect:/accounts/" + accountId + "/reports/" + reportId;
	}

	@PostMapping("/{reportId}/delete")
	String delete(@PathVariable long accountId, @PathVariable long reportId, CurrentUser user,
			RedirectAttributes redirect) {
		reports.delete(accountId, reportId, user);
		redirect.addFlashAttribute("flash", "report.deleted");
		return "redirect:/accounts/" + accountId + "?tab=" + ReportKind.KIND.tab().segment();
	}

	private String page(ReportVersion shown, ReportTexts form, ReportVersion conflict, CurrentUser user, Locale locale,
			Model model) {
		Report report = shown.report();
		PageResult<VersionEntry> versions = reports.versions(report.accountId(), report.id(),
				new PageQuery(0, VERSIONS_SHOWN), user);
		model.addAttribute("account", accounts.readable(report.accountId(), user));
		model.addAttribute("report", report);
		model.addAttribute("shown", shown);
		model.addAttribute("doc", documents.of(shown, locale));
		model.addAttribute("form", form);
		model.addAttribute("conflict", conflict);
		model.addAttribute("versions", versions);
		model.addAttribute("people",
				users.find(Stream
					.concat(versions.items().stream().map(VersionEntry::createdBy), Stream.of(shown.createdBy()))
					.filter(Objects::nonNull)
					.toList()));
		model.addAttribute("mayEdit", reports.mayEdit(report.accountId(), user));
		String base = "/api/v1/accounts/" + report.accountId() + "/reports/" + report.id();
		String query = shown.latest() ? "" : "?version=" + shown.version();
		model.addAttribute("pdfUrl", base + ".pdf" + query);
		model.addAttribute("xlsxUrl", base + ".xlsx" + query);
		return "report/show";
	}

	private String form(AccountSummary account, NewReport form, Locale locale, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		List<PeriodChoice> choices = periods(locale);
		model.addAttribute("months", choices.stream().filter(c -> c.kind() == ReportPeriod.Kind.MONTH).toList());
		model.addAttribute("quarters", choices.stream().filter(c -> c.kind() == ReportPeriod.Kind.QUARTER).toList());
		return "report/new";
	}

	/** The current and recent months, then quarters, newest first. */
	private List<PeriodChoice> periods(Locale locale) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		List<PeriodChoice> choices = new ArrayList<>();
		ReportPeriod month = new ReportPeriod(ReportPeriod.Kind.MONTH, today.getYear(), today.getMonthValue(), zone);
		for (int i = 0; i < MONTHS_OFFERED; i++, month = month.previous()) {
			choices.add(new PeriodChoice(month.code(), documents.periodLabel(month, locale), month.kind()));
		}
		ReportPeriod quarter = new ReportPeriod(ReportPeriod.Kind.QUARTER, today.getYear(),
				(today.getMonthValue() - 1) / 3 + 1, zone);
		for (int i = 0; i < QUARTERS_OFFERED; i++, quarter = quarter.previous()) {
			choices.add(new PeriodChoice(quarter.code(), documents.periodLabel(quarter, locale), quarter.kind()));
		}
		return choices;
	}

	/** An option of the period picker: 2026-Q3, 2026年第3季度. */
	public record PeriodChoice(String code, String label, ReportPeriod.Kind kind) {

	}

}
