package org.kam.communication.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.kam.account.AccountApi;
import org.kam.account.AccountSummary;
import org.kam.communication.Channel;
import org.kam.communication.domain.Communication;
import org.kam.communication.domain.CommunicationForm;
import org.kam.communication.domain.CommunicationService;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.identity.UserRef;
import org.kam.shared.InvalidInputException;
import org.kam.shared.PageResult;
import org.kam.shared.StaleVersionException;
import org.springframework.format.Formatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An account's communications: the account page's tab (an htmx fragment), one
 * communication, and the forms to record, change and delete them.
 */
@Controller
@RequestMapping("/accounts/{accountId}/communications")
class CommunicationController {

	static final int SECTION_PAGE = 10;

	private static final int USER_CHOICES = 50;

	/** What a {@code datetime-local} input sends and shows. */
	private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final CommunicationService communications;

	private final AccountApi accounts;

	private final UserDirectory users;

	private final Names names;

	CommunicationController(CommunicationService communications, AccountApi accounts, UserDirectory users,
			Names names) {
		this.communications = communications;
		this.accounts = accounts;
		this.users = users;
		this.names = names;
	}

	/** Forms send the time as the company's local time, without an offset. */
	@InitBinder("form")
	void localTimes(WebDataBinder binder) {
		binder.addCustomFormatter(new Formatter<OffsetDateTime>() {
			@Override
			public OffsetDateTime parse(String text, Locale locale) {
				return LocalDateTime.parse(text.trim()).atZone(communications.zone()).toOffsetDateTime();
			}

			@Override
			public String print(OffsetDateTime value, Locale locale) {
				return local(value);
			}
		}, "occurredAt");
	}

	@GetMapping("/section")
	String section(@PathVariable long accountId, @ModelAttribute CommunicationSectionQuery query, CurrentUser user,
			Model model) {
		PageResult<Communication> result = communications.list(accountId, query.filter(accountId), null,
				query.pageQuery(SECTION_PAGE), user);
		model.addAttribute("accountId", accountId);
		model.addAttribute("channel", query.channel());
		model.addAttribute("sectionLinks", query.links(accountId, SECTION_PAGE));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("result", result);
		model.addAttribute("totalPages", result.totalPages());
		model.addAttribute("mayEdit", accounts.mayEdit(accountId, user));
		model.addAttribute("today", communications.today());
		names.addTo(model, result.items(), false);
		return "communication/section :: section";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long accountId, @PathVariable long id, CurrentUser user, Model model) {
		AccountSummary account = accounts.readable(accountId, user);
		Communication communication = communications.get(accountId, id, user);
		model.addAttribute("account", account);
		model.addAttribute("communication", communication);
		model.addAttribute("mayEdit", accounts.mayEdit(accountId, user));
		model.addAttribute("today", communications.today());
		names.addTo(model, List.of(communication), false);
		return "communication/show";
	}

	@GetMapping("/new")
	String newForm(@PathVariable long accountId, CurrentUser user, Model model) {
		AccountSummary account = accounts.editable(accountId, user);
		OffsetDateTime now = OffsetDateTime.now(communications.zone()).truncatedTo(ChronoUnit.MINUTES);
		CommunicationForm empty = new CommunicationForm(Channel.PHONE, now, null, null, null, List.of(user.id()),
				List.of(), null, null, user.id(), false, null);
		return form(account, empty, null, null, user, model);
	}

	@PostMapping
	String create(@PathVariable long accountId, @Valid @ModelAttribute("form") CommunicationForm form,
			BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
		AccountSummary account = accounts.editable(accountId, user);
		if (!errors.hasErrors()) {
			try {
				communications.create(accountId, form, user);
				return saved(accountId, "communication.created", redirect);
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(account, form, null, errors, user, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long accountId, @PathVariable long id, CurrentUser user, Model model) {
		AccountSummary account = accounts.editable(accountId, user);
		Communication communication = communications.get(accountId, id, user);
		return form(account, of(communication), communication, null, user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long accountId, @PathVariable long id,
			@Valid @ModelAttribute("form") CommunicationForm form, BindingResult errors, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		AccountSummary account = accounts.editable(accountId, user);
		Communication communication = communications.get(accountId, id, user);
		if (!errors.hasErrors()) {
			try {
				communications.update(accountId, id, form, user);
				return saved(accountId, "communication.saved", redirect);
			}
			catch (StaleVersionException e) {
				// Show their version; the user applies the change again on top of it.
				model.addAttribute("conflict", true);
				Communication theirs = communications.get(accountId, id, user);
				return form(account, of(theirs), theirs, null, user, model);
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(account, form, communication, errors, user, model);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long accountId, @PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		communications.delete(accountId, id, user);
		return saved(accountId, "communication.deleted", redirect);
	}

	/**
	 * Marks the next step done from "my day" or the record's page; a stale version
	 * changes nothing and says so.
	 */
	@PostMapping("/{id}/next-step-done")
	String nextStepDone(@PathVariable long accountId, @PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "account") String back, CurrentUser user, RedirectAttributes redirect) {
		try {
			communications.markNextStep(accountId, id, version, true, user);
			redirect.addFlashAttribute("flash", "communication.nextStep.doneSaved");
		}
		catch (StaleVersionException e) {
			redirect.addFlashAttribute("flash", "communication.nextStep.stale");
		}
		return "home".equals(back) ? "redirect:/" : "redirect:/accounts/" + accountId + "/communications/" + id;
	}

	private static String saved(long accountId, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", message);
		return "redirect:/accounts/" + accountId + "?tab=communications";
	}

	private String form(AccountSummary account, CommunicationForm form, Communication communication,
			BindingResult errors, CurrentUser user, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		model.addAttribute("communication", communication);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("contactChoices", accounts.contacts(account.id(), user));
		List<Long> chosen = new ArrayList<>(form.ourParticipantIds() == null ? List.of() : form.ourParticipantIds());
		if (form.nextStepOwnerId() != null) {
			chosen.add(form.nextStepOwnerId());
		}
		model.addAttribute("userChoices", userChoices(chosen));
		model.addAttribute("occurredAtValue", occurredAtValue(form, errors));
		return "communication/form";
	}

	/** What the time input shows: the rejected text as typed, else the local time. */
	private String occurredAtValue(CommunicationForm form, BindingResult errors) {
		if (errors != null) {
			FieldError error = errors.getFieldError("occurredAt");
			if (error != null && error.getRejectedValue() instanceof String typed) {
				return typed;
			}
		}
		return form.occurredAt() == null ? "" : local(form.occurredAt());
	}

	private String local(OffsetDateTime time) {
		try {
			return LOCAL_MINUTES.format(time.atZoneSameInstant(communications.zone()));
		}
		catch (DateTimeParseException e) {
			return "";
		}
	}

	/** Active users by name, with those already chosen kept even when not among them. */
	private List<UserRef> userChoices(List<Long> chosen) {
		List<UserRef> choices = new ArrayList<>(users.searchActive("", USER_CHOICES));
		List<Long> missing = chosen.stream().filter(id -> choices.stream().noneMatch(u -> u.id() == id)).toList();
		choices.addAll(users.find(missing).values());
		return choices;
	}

	private static CommunicationForm of(Communication c) {
		return new CommunicationForm(c.channel(), c.occurredAt(), c.subject(), c.content(), c.outcome(),
				c.ourParticipantIds(), c.contactIds(), c.nextStep(), c.nextStepDue(), c.nextStepOwnerId(),
				c.nextStepDone(), c.version());
	}

}
