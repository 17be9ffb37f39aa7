package org.kam.complaint.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.kam.account.AccountApi;
import org.kam.account.AccountSummary;
import org.kam.complaint.ComplaintCategory;
import org.kam.complaint.ComplaintChannel;
import org.kam.complaint.ComplaintSeverity;
import org.kam.complaint.ComplaintStatus;
import org.kam.complaint.domain.Complaint;
import org.kam.complaint.domain.ComplaintFilter;
import org.kam.complaint.domain.ComplaintForm;
import org.kam.complaint.domain.ComplaintService;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.identity.UserRef;
import org.kam.shared.InvalidInputException;
import org.kam.shared.PageParameters;
import org.kam.shared.PageResult;
import org.kam.shared.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An account's complaints tab and the complaint form. Times are entered in the company's
 * zone ({@code kam.time-zone}) and stored in UTC.
 */
@Controller
@RequestMapping("/accounts/{accountId}/complaints")
class ComplaintController {

	private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final int OWNER_CHOICES = 100;

	private final ComplaintService complaints;

	private final AccountApi accounts;

	private final UserDirectory users;

	private final ZoneId zone;

	ComplaintController(ComplaintService complaints, AccountApi accounts, UserDirectory users, ZoneId zone) {
		this.complaints = complaints;
		this.accounts = accounts;
		this.users = users;
		this.zone = zone;
	}

	/** {@code <input type="datetime-local">} sends local time without zone. */
	@InitBinder("form")
	void localTimes(WebDataBinder binder) {
		binder.setMessageCodesResolver(new ModuleMessageCodes());
		binder.registerCustomEditor(OffsetDateTime.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				try {
					setValue(text == null || text.isBlank() ? null
							: LocalDateTime.parse(text.trim()).atZone(zone).toOffsetDateTime());
				}
				catch (DateTimeParseException e) {
					// a type mismatch on the field, shown next to it, not a server error
					throw new IllegalArgumentException(e.getMessage(), e);
				}
			}
		});
	}

	@GetMapping("/section")
	String section(@PathVariable long accountId, @ModelAttribute PageParameters pages, CurrentUser user, Model model) {
		AccountSummary account = accounts.readable(accountId, user);
		PageResult<Complaint> result = complaints.list(new ComplaintFilter(accountId, null, null, null, null),
				pages.pageQuery(), user);
		model.addAttribute("account", account);
		model.addAttribute("sectionLinks", pages.linksTo("/accounts/" + accountId + "/complaints/section"));
		model.addAttribute("result", result);
		model.addAttribute("people", users.find(result.items().stream().map(Complaint::ownerId).toList()));
		model.addAttribute("mayEdit", accounts.mayEdit(accountId, user));
		return "complaint/section :: section";
	}

	@GetMapping("/new")
	String newForm(@PathVariable long accountId, CurrentUser user, Model model) {
		AccountSummary account = accounts.editable(accountId, user);
		OffsetDateTime now = OffsetDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES);
		ComplaintForm empty = new ComplaintForm(now, ComplaintChannel.PHONE, ComplaintCategory.PRODUCT_QUALITY,
				ComplaintSeverity.MEDIUM, null, account.ownerId() == null ? user.id() : account.ownerId(),
				ComplaintStatus.OPEN, null, false, null, null);
		return form(account, empty, null, null, true, model);
	}

	@PostMapping
	String create(@PathVariable long accountId, @Valid @ModelAttribute("form") ComplaintForm form, BindingResult errors,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		AccountSummary account = accounts.editable(accountId, user);
		if (!errors.hasErrors()) {
			try {
				complaints.create(accountId, form, user);
				return saved(accountId, redirect);
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(account, form, null, errors, true, model);
	}

	/** The form; read-only for those who may only read the account. */
	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long accountId, @PathVariable long id, CurrentUser user, Model model) {
		Complaint complaint = complaints.get(accountId, id, user);
		AccountSummary account = accounts.readable(accountId, user);
		return form(account, of(complaint), complaint, null, accounts.mayEdit(accountId, user), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long accountId, @PathVariable long id,
			@Valid @ModelAttribute("form") ComplaintForm form, BindingResult errors, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		AccountSummary account = accounts.editable(accountId, user);
		Complaint complaint = complaints.get(accountId, id, user);
		if (!errors.hasErrors()) {
			try {
				complaints.update(accountId, id, form, user);
				return saved(accountId, redirect);
			}
			catch (StaleVersionException e) {
				// show their version; the user re-applies the change on top of it
				model.addAttribute("conflict", true);
				Complaint theirs = complaints.get(accountId, id, user);
				return form(account, of(theirs), theirs, null, true, model);
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(account, form, complaint, errors, true, model);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long accountId, @PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		complaints.delete(accountId, id, user);
		redirect.addFlashAttribute("flash", "complaint.deleted");
		return "redirect:/accounts/" + accountId + "?tab=complaints";
	}

	private static String saved(long accountId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "complaint.saved");
		return "redirect:/accounts/" + accountId + "?tab=complaints";
	}

	private String form(AccountSummary account, ComplaintForm form, Complaint complaint, BindingResult errors,
			boolean mayEdit, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		if (errors != null) {
			// constructor binding may build a new form when a value did not convert: keep
			// its errors with the form shown
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		}
		model.addAttribute("complaint", complaint);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("receivedAtText", receivedAtText(form, errors));
		model.addAttribute("channels", ComplaintChannel.values());
		model.addAttribute("categories", ComplaintCategory.values());
		model.addAttribute("severities", ComplaintSeverity.values());
		model.addAttribute("statuses", statuses(complaint));
		model.addAttribute("owners", owners(form.ownerId()));
		if (complaint != null) {
			model.addAttribute("people", users.find(List.of(complaint.ownerId())));
		}
		return "complaint/form";
	}

	/** The statuses offered: the current one and those it may change to. */
	private static List<ComplaintStatus> statuses(Complaint complaint) {
		if (complaint == null) {
			return List.of(ComplaintStatus.values());
		}
		List<ComplaintStatus> offered = new ArrayList<>();
		for (ComplaintStatus s : ComplaintStatus.values()) {
			if (complaint.status().mayBecome(s)) {
				offered.add(s);
			}
		}
		return offered;
	}

	private Map<Long, String> owners(Long current) {
		Map<Long, String> owners = new LinkedHashMap<>();
		if (current != null) {
			users.find(List.of(current)).values().forEach(u -> owners.put(u.id(), u.displayName()));
		}
		for (UserRef u : users.searchActive("", OWNER_CHOICES)) {
			owners.putIfAbsent(u.id(), u.displayName());
		}
		return owners;
	}

	private String receivedAtText(ComplaintForm form, BindingResult errors) {
		if (errors != null) {
			FieldError error = errors.getFieldError("receivedAt");
			if (error != null && error.getRejectedValue() instanceof String rejected) {
				return rejected;
			}
		}
		return form.receivedAt() == null ? ""
				: form.receivedAt().atZoneSameInstant(zone).toLocalDateTime().format(LOCAL_INPUT);
	}

	/**
	 * A value that cannot be converted is reported as
	 * {@code complaint.typeMismatch.<field>} first, so that the message lives in this
	 * module's bundle; other codes as usual.
	 */
	static final class ModuleMessageCodes extends DefaultMessageCodesResolver {

		@Override
		public String[] resolveMessageCodes(String errorCode, String objectName, String field, Class<?> fieldType) {
			String[] codes = super.resolveMessageCodes(errorCode, objectName, field, fieldType);
			if (!"typeMismatch".equals(errorCode)) {
				return codes;
			}
			String[] withModule = new String[codes.length + 1];
			withModule[0] = "complaint.typeMismatch." + field;
			System.arraycopy(codes, 0, withModule, 1, codes.length);
			return withModule;
		}

	}

	private static ComplaintForm of(Complaint c) {
		return new ComplaintForm(c.receivedAt(), c.channel(), c.category(), c.severity(), c.description(), c.ownerId(),
				c.status(), c.resolution(), c.customerConfirmed(), c.closingNote(), c.version());
	}

}
