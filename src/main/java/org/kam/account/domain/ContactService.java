package org.kam.account.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.kam.account.search.SearchDocuments;
import org.kam.identity.CurrentUser;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.RecordEvents;
import org.kam.shared.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's contacts; whoever may read (edit) the account may read (edit) its
 * contacts.
 */
@Service
public class ContactService {

	private static final String CONTACT = "Contact";

	/**
	 * The kind of record in {@code RecordChanged} events; a contact's fields are personal
	 * data.
	 */
	static final String KIND = "contacts";

	private final Contacts contacts;

	private final SearchDocuments searchDocuments;

	private final AccountService accountService;

	private final Clock clock;

	private final RecordEvents events;

	ContactService(Contacts contacts, AccountService accountService, SearchDocuments searchDocuments, Clock clock,
			RecordEvents events) {
		this.contacts = contacts;
		this.events = events;
		this.searchDocuments = searchDocuments;
		this.accountService = accountService;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResult<Contact> list(long accountId, PageQuery page, CurrentUser user) {
		accountService.get(accountId, user);
		return new PageResult<>(contacts.page(accountId, page), page.page(), page.size(), contacts.count(accountId));
	}

	/**
	 * The contacts of an account the caller has read through {@link AccountService#get},
	 * which checked the access: the account page reads the account once.
	 */
	@Transactional(readOnly = true)
	public PageResult<Contact> list(Account readable, PageQuery page) {
		long accountId = readable.id();
		return new PageResult<>(contacts.page(accountId, page), page.page(), page.size(), contacts.count(accountId));
	}

	@Transactional(readOnly = true)
	public Contact get(long accountId, long id, CurrentUser user) {
		accountService.get(accountId, user);
		return contacts.find(accountId, id).orElseThrow(() -> new NotFoundException(CONTACT, id));
	}

	@Transactional
	public Contact create(long accountId, ContactForm form, CurrentUser user) {
		requireEditable(accountId, user);
		long id = contacts.insert(accountId, form, user.id(), now());
		searchDocuments.refresh(accountId);
		if (Boolean.TRUE.equals(form.primary())) {
			contacts.demoteOtherPrimaries(accountId, id);
		}
		Contact created = contacts.find(accountId, id).orElseThrow();
		events.created(KIND, id, accountId, user.id(), created);
		return created;
	}

	@Transactional
	public Contact update(long accountId, long id, ContactForm form, CurrentUser user) {
		if (form.version() == null) {
			throw new InvalidInputException("version", "validation.version.required",
					"is required: send the version you read");
		}
		requireEditable(accountId, user);
		Contact current = contacts.find(accountId, id).orElseThrow(() -> new NotFoundException(CONTACT, id));
		if (contacts.update(accountId, id, form.version(), form, user.id(), now()) == 0) {
			throw new StaleVersionException(CONTACT, id, current.version());
		}
		if (!form.name().trim().equals(current.name())) {
			searchDocuments.refresh(accountId);
		}
		if (Boolean.TRUE.equals(form.primary())) {
			contacts.demoteOtherPrimaries(accountId, id);
		}
		Contact after = contacts.find(accountId, id).orElseThrow();
		events.changed(KIND, id, accountId, user.id(), current, after);
		return after;
	}

	@Transactional
	public void delete(long accountId, long id, CurrentUser user) {
		requireEditable(accountId, user);
		Contact before = contacts.find(accountId, id).orElse(null);
		if (before == null || contacts.softDelete(accountId, id, user.id(), now()) == 0) {
			throw new NotFoundException(CONTACT, id);
		}
		searchDocuments.refresh(accountId);
		events.deleted(KIND, id, accountId, user.id(), before);
	}

	/** Live contacts by id without an access check, for naming rows already filtered. */
	@Transactional(readOnly = true)
	public List<Contact> findAll(Collection<Long> ids) {
		return contacts.findAll(ids);
	}

	private void requireEditable(long accountId, CurrentUser user) {
		accountService.getEditable(accountId, user);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
