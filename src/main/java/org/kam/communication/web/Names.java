package org.kam.communication.web;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.kam.account.AccountApi;
import org.kam.communication.domain.Communication;
import org.kam.identity.UserDirectory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts the names of the people and accounts that rows refer to on the model, with one
 * lookup per kind for the whole page.
 */
@Component
class Names {

	private final AccountApi accounts;

	private final UserDirectory users;

	Names(AccountApi accounts, UserDirectory users) {
		this.accounts = accounts;
		this.users = users;
	}

	void addTo(Model model, Collection<Communication> rows, boolean withAccounts) {
		List<Long> userIds = rows.stream()
			.flatMap(c -> Stream.concat(c.ourParticipantIds().stream(), Stream.of(c.nextStepOwnerId(), c.updatedBy())))
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		List<Long> contactIds = rows.stream().flatMap(c -> c.contactIds().stream()).distinct().toList();
		model.addAttribute("userNames", users.find(userIds));
		model.addAttribute("contactNames", accounts.findContacts(contactIds));
		if (withAccounts) {
			model.addAttribute("accountNames", accounts.find(rows.stream().map(Communication::accountId).toList()));
		}
	}

}
