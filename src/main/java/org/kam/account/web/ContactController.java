package org.kam.account.web;

import jakarta.validation.Valid;
import org.kam.account.DecisionRole;
import org.kam.account.domain.Account;
import org.kam.account.domain.AccountService;
import org.kam.account.domain.Contact;
import org.kam.account.domain.ContactForm;
import org.kam.account.domain.ContactService;
import org.kam.identity.CurrentUser;
import org.kam.shared.InvalidInputException;
import org.kam.shared.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, changing and deleting an account's contacts from the account page. */
@Controller
@RequestMapping("/accounts/{accountId}/contacts")
class ContactController {

	private final AccountService accounts;

	private final ContactService contacts;

	ContactController(AccountService accounts, ContactService contacts) {
		this.accounts = accounts;
		this.contacts = contacts;
	}

	@GetMapping("/new")
	String newForm(@PathVariable long accountId, CurrentUser user, Model model) {
		ContactForm empty = new ContactForm(null, null, DecisionRole.OTHER, null, null, null, null, null, false, null);
		return form(accounts.getEditable(accountId, user), empty, null, model);
	}

	@PostMapping
	String create(@PathVariable long accountId, @Valid @ModelAttribute("form") ContactForm form, BindingResult errors,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		Account account = accounts.get(accountId, user);
		if (!errors.hasErrors()) {
			try {
				contacts.create(accountId, form, user);
				return saved(accountId, redirect);
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(account, form, null, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long accountId, @PathVariable long id, CurrentUser user, Model model) {
		Contact contact = contacts.get(accountId, id, user);
		return form(accounts.getEditable(accountId, user), of(contact), contact, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long accountId, @PathVariable long id, @Valid @ModelAttribute("form") ContactForm form,
			BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
		Account account = accounts.get(accountId, user);
		Contact contact = contacts.get(accountId, id, user);
		if (!errors.hasErrors()) {
			try {
				contacts.update(accountId, id, form, user);
				return saved(accountId, redirect);
			}
			catch (StaleVersionException e) {
				// Show their version; the user re-applies the change on top of it,
				// nothing is overwritten.
				model.addAttribute("conflict", true);
				Contact theirs = contacts.get(accountId, id, user);
				return form(account, of(theirs), theirs, model);
			}
			catch (InvalidInputException e) {
				e.rejectInto(errors);
			}
		}
		return form(account, form, contact, model);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long accountId, @PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		contacts.delete(accountId, id, user);
		redirect.addFlashAttribute("flash", "contact.deleted");
		return "redirect:/accounts/" + accountId + "#contacts";
	}

	private static String saved(long accountId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "contact.saved");
		return "redirect:/accounts/" + accountId + "#contacts";
	}

	private String form(Account account, ContactForm form, Contact contact, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		model.addAttribute("contact", contact);
		model.addAttribute("decisionRoles", DecisionRole.values());
		return "account/contact-form";
	}

	private static ContactForm of(Contact c) {
		return new ContactForm(c.name(), c.title(), c.decisionRole(), c.phone(), c.email(), c.birthday(),
				c.preferences(), c.notes(), c.primary(), c.version());
	}

}
