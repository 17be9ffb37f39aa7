package org.kam.account.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kam.account.domain.Contact;
import org.kam.account.domain.ContactForm;
import org.kam.account.domain.ContactService;
import org.kam.identity.CurrentUser;
import org.kam.shared.PageParameters;
import org.kam.shared.PageResult;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts/{accountId}/contacts")
@Tag(name = "Contacts", description = "Decision makers and other people at an account")
class ContactRestController {

	private final ContactService contacts;

	ContactRestController(ContactService contacts) {
		this.contacts = contacts;
	}

	@GetMapping
	PageResult<Contact> list(@PathVariable long accountId, @ParameterObject @ModelAttribute PageParameters pages,
			CurrentUser user) {
		return contacts.list(accountId, pages.pageQuery(), user);
	}

	@PostMapping
	ResponseEntity<Contact> create(@PathVariable long accountId, @Valid @RequestBody ContactForm form,
			CurrentUser user) {
		Contact created = contacts.create(accountId, form, user);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + accountId + "/contacts/" + created.id()))
			.body(created);
	}

	@GetMapping("/{id}")
	Contact get(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		return contacts.get(accountId, id, user);
	}

	@PutMapping("/{id}")
	Contact update(@PathVariable long accountId, @PathVariable long id, @Valid @RequestBody ContactForm form,
			CurrentUser user) {
		return contacts.update(accountId, id, form, user);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long accountId, @PathVariable long id, CurrentUser user) {
		contacts.delete(accountId, id, user);
		return ResponseEntity.noContent().build();
	}

}
