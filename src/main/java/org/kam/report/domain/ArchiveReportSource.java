package org.kam.report.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kam.account.AccountApi;
import org.kam.account.AccountSummary;
import org.kam.account.ContactRef;
import org.kam.identity.CurrentUser;
import org.kam.identity.SignedIn;
import org.kam.identity.UserDirectory;
import org.kam.identity.UserRef;
import org.kam.report.ReportPeriod;
import org.kam.report.ReportSection;
import org.kam.report.ReportSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report's first section: the account's archive card (名称, 统一社会信用代码, status, tier,
 * owner) and its contacts, decision makers first.
 */
@Component
class ArchiveReportSource implements ReportSource {

	/** Contacts a report lists; the archive holds the rest. */
	static final int CONTACTS_SHOWN = 50;

	private final AccountApi accounts;

	private final UserDirectory users;

	private final MessageSource messages;

	ArchiveReportSource(AccountApi accounts, UserDirectory users, MessageSource messages) {
		this.accounts = accounts;
		this.users = users;
		this.messages = messages;
	}

	@Override
	public String key() {
		return "account";
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public ReportSection build(long accountId, ReportPeriod period, Locale locale) {
		// The report service checked the account for this user before asking its sources;
		// the archive reads through the same rule.
		CurrentUser user = SignedIn.user().orElseThrow(() -> new IllegalStateException("no signed-in user"));
		AccountSummary account = accounts.readable(accountId, user);
		String uscc = accounts.uscc(accountId, user);
		Map<Long, UserRef> owner = account.ownerId() == null ? Map.of() : users.find(List.of(account.ownerId()));
		String none = text("report.none", locale);
		ReportSection.Builder section = ReportSection.builder(key(), text("report.archive.title", locale))
			.row(text("report.archive.name", locale), account.name())
			.row(text("report.archive.uscc", locale), uscc == null ? none : uscc)
			.row(text("report.archive.status", locale), text("status." + account.status(), locale))
			.row(text("report.archive.tier", locale),
					account.tier() == null ? none : text("tier." + account.tier(), locale))
			.row(text("report.archive.owner", locale),
					owner.containsKey(account.ownerId()) ? owner.get(account.ownerId()).displayName() : none);
		List<ContactRef> contacts = accounts.contacts(accountId, user);
		section.table(text("report.archive.contact", locale), text("report.archive.contactTitle", locale),
				text("report.archive.decisionRole", locale), text("report.archive.email", locale));
		for (ContactRef contact : contacts.subList(0, Math.min(CONTACTS_SHOWN, contacts.size()))) {
			section.tableRow(contact.name(), contact.title(), text("decisionRole." + contact.decisionRole(), locale),
					contact.email());
		}
		if (contacts.isEmpty()) {
			section.note(text("report.archive.noContacts", locale));
		}
		else if (contacts.size() > CONTACTS_SHOWN) {
			section.note(messages.getMessage("report.archive.moreContacts",
					new Object[] { contacts.size() - CONTACTS_SHOWN }, locale));
		}
		return section.build();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
