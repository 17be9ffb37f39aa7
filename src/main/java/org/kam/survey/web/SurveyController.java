package org.kam.survey.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import org.kam.account.AccountApi;
import org.kam.account.AccountSummary;
import org.kam.account.ContactRef;
import org.kam.identity.CurrentUser;
import org.kam.shared.InvalidInputException;
import org.kam.shared.PageParameters;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.StaleVersionException;
import org.kam.survey.SurveyKind;
import org.kam.survey.domain.Invitation;
import org.kam.survey.domain.InvitationForm;
import org.kam.survey.domain.InvitationService;
import org.kam.survey.domain.MonthTrend;
import org.kam.survey.domain.NewInvitation;
import org.kam.survey.domain.Survey;
import org.kam.survey.domain.SurveyForm;
import org.kam.survey.domain.SurveyService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The surveys tab of the account page (trend, surveys, links), the survey form and the
 * creation of links.
 */
@Controller
@RequestMapping("/accounts/{accountId}/surveys")
class SurveyController {

	static final int SURVEYS_SHOWN = 10;

	static final int LINKS_SHOWN = 10;

	private static final String FORM = "survey/form";

	private final SurveyService surveys;

	private final InvitationService invitations;

	private final AccountApi accounts;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	SurveyController(SurveyService surveys, InvitationService invitations, AccountApi accounts, MessageSource messages,
			JsonMapper json, Clock clock) {
		this.surveys = surveys;
		this.invitations = invitations;
		this.accounts = accounts;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/section")
	String section(@PathVariable long accountId, @ModelAttribute PageParameters pages, CurrentUser user, Model model,
			Locale locale) {
		AccountSummary account = accounts.readable(accountId, user);
		PageResult<Survey> list = surveys.list(accountId, null, null, null, pages.pageQuery(SURVEYS_SHOWN), user);
		model.addAttribute("account", account);
		model.addAttribute("sectionLinks", pages.linksTo("/accounts/" + accountId + "/surveys/section", SURVEYS_SHOWN));
		model.addAttribute("mayEdit", accounts.mayEdit(accountId, user));
		model.addAttribute("surveys", list);
		model.addAttribute("totalPages", list.totalPages());
		model.addAttribute("respondents", accounts
			.findContacts(list.items().stream().map(Survey::respondentContactId).filter(Objects::nonNull).toList()));
		List<MonthTrend> trend = surveys.trend(accountId, null, null, user);
		model.addAttribute("trend", chart(trend, locale));
		model.addAttribute("trendMonths", trend);
		links(accountId, null, user, model);
		return "survey/section :: surveysTab";
	}

	@GetMapping("/new")
	String newForm(@PathVariable long accountId, CurrentUser user, Model model) {
		SurveyForm empty = new SurveyForm(surveys.today(), null, null, null, null, null, null, null, null, null, null);
		return form(accounts.editable(accountId, user), empty, null, user, model);
	}

	@PostMapping
	String create(@PathVariable long accountId, @Valid @ModelAttribute("form") SurveyForm form, BindingResult errors,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		AccountSummary account = accounts.editable(accountId, user);
		if (!errors.hasErrors()) {
			try {
				surveys.create(accountId, form, user);
				return saved(accountId, "survey.saved", redirect);
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(account, form, null, user, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long accountId, @PathVariable long id, CurrentUser user, Model model) {
		Survey survey = surveys.get(accountId, id, user);
		return form(accounts.editable(accountId, user), SurveyForm.of(survey), survey, user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long accountId, @PathVariable long id, @Valid @ModelAttribute("form") SurveyForm form,
			BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
		AccountSummary account = accounts.editable(accountId, user);
		Survey survey = surveys.get(accountId, id, user);
		if (!errors.hasErrors()) {
			try {
				surveys.update(accountId, id, form, user);
				return saved(accountId, "survey.saved", redirect);
			}
			catch (StaleVersionException e) {
				// show their version; the user applies the change again on top of it
				model.addAttribute("conflict", true);
				Survey theirs = surveys.get(accountId, id, user);
				return form(account, SurveyForm.of(theirs), theirs, user, model);
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(account, form, survey, user, model);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long accountId, @PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		surveys.delete(accountId, id, user);
		return saved(accountId, "survey.deleted", redirect);
	}

	/**
	 * Creates a link and shows it once: in the tab when htmx asks, else on a page of its
	 * own.
	 */
	@PostMapping("/invitations")
	String invite(@PathVariable long accountId, @Valid @ModelAttribute("invitation") InvitationForm form,
			BindingResult errors, CurrentUser user, Model model,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx) {
		AccountSummary account = accounts.editable(accountId, user);
		String link = null;
		if (!errors.hasErrors()) {
			try {
				NewInvitation created = invitations.create(accountId, form, user);
				link = SurveyLinks.url(created.token());
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		model.addAttribute("account", account);
		model.addAttribute("mayEdit", true);
		links(accountId, link, user, model);
		return htmx ? "survey/section :: invitations" : "survey/invitation";
	}

	@PostMapping("/invitations/{id}/revoke")
	String revoke(@PathVariable long accountId, @PathVariable long id, CurrentUser user, Model model,
			RedirectAttributes redirect, @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx) {
		AccountSummary account = accounts.editable(accountId, user);
		invitations.revoke(accountId, id, user);
		if (!htmx) {
			return saved(accountId, "survey.link.revoked", redirect);
		}
		model.addAttribute("account", account);
		model.addAttribute("mayEdit", true);
		links(accountId, null, user, model);
		return "survey/section :: invitations";
	}

	private void links(long accountId, String newLink, CurrentUser user, Model model) {
		PageResult<Invitation> page = invitations.list(accountId, new PageQuery(0, LINKS_SHOWN), user);
		model.addAttribute("links", page);
		model.addAttribute("now", OffsetDateTime.now(clock));
		model.addAttribute("newLink", newLink);
		model.addAttribute("contacts", accounts.contacts(accountId, user));
		model.addAttribute("linkContacts", accounts
			.findContacts(page.items().stream().map(Invitation::contactId).filter(Objects::nonNull).toList()));
		if (!model.containsAttribute("invitation")) {
			model.addAttribute("invitation", new InvitationForm(null, InvitationForm.DEFAULT_DAYS));
		}
	}

	private String form(AccountSummary account, SurveyForm form, Survey survey, CurrentUser user, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		model.addAttribute("survey", survey);
		model.addAttribute("contacts", accounts.contacts(account.id(), user));
		model.addAttribute("today", surveys.today());
		return FORM;
	}

	private static String saved(long accountId, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", message);
		return "redirect:/accounts/" + accountId + "?tab=" + SurveyKind.KIND.tab().segment();
	}

	/** The trend as the chart script reads it: month labels and one series per score. */
	private Map<String, String> chart(List<MonthTrend> months, Locale locale) {
		List<String> labels = months.stream().map(MonthTrend::month).toList();
		List<Map<String, Object>> series = new ArrayList<>();
		series.add(series("survey.field.productQuality", months.stream().map(MonthTrend::productQuality), locale));
		series.add(series("survey.field.serviceAttitude", months.stream().map(MonthTrend::serviceAttitude), locale));
		series.add(series("survey.field.responseSpeed", months.stream().map(MonthTrend::responseSpeed), locale));
		series.add(series("survey.field.overall", months.stream().map(MonthTrend::overall), locale));
		Map<String, String> chart = new LinkedHashMap<>();
		chart.put("labels", json.writeValueAsString(labels));
		chart.put("datasets", json.writeValueAsString(series));
		chart.put("months", Integer.toString(months.size()));
		return chart;
	}

	private Map<String, Object> series(String labelKey, Stream<Double> values, Locale locale) {
		return Map.of("label", messages.getMessage(labelKey, null, locale), "data", values.toList());
	}

}
