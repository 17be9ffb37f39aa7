package org.kam.account;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kam.account.domain.Account;
import org.kam.account.domain.AccountBulkLoad;
import org.kam.account.domain.AccountFilter;
import org.kam.account.domain.AccountService;
import org.kam.account.domain.Contact;
import org.kam.account.domain.ContactService;
import org.kam.identity.CurrentUser;
import org.kam.shared.PageQuery;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of the archive. Records of every kind (communications,
 * contracts, sales…) belong to an account and follow its access rule: whoever may read
 * the account reads its records, whoever may edit it edits them.
 */
@Service
public class AccountApi {

	/** Contacts offered as participants or stakeholders: an account rarely has more. */
	private static final int CONTACT_CHOICES = 200;

	private final AccountService accounts;

	private final ContactService contacts;

	private final AccountBulkLoad bulkLoad;

	AccountApi(AccountService accounts, ContactService contacts, AccountBulkLoad bulkLoad) {
		this.accounts = accounts;
		this.contacts = contacts;
		this.bulkLoad = bulkLoad;
	}

	/**
	 * The account if the user may read it; {@link org.kam.shared.NotFoundException} when
	 * it does not exist (or is deleted), {@link org.kam.shared.ForbiddenException} when
	 * it is not the user's to read.
	 */
	public AccountSummary readable(long accountId, CurrentUser user) {
		return summary(accounts.get(accountId, user));
	}

	/**
	 * The account's unified social credit code (统一社会信用代码), or {@code null} when none is
	 * recorded; 404 and 403 as {@link #readable}.
	 */
	public String uscc(long accountId, CurrentUser user) {
		return accounts.get(accountId, user).uscc();
	}

	/**
	 * The account if the user may change it and its records: 404 when it does not exist,
	 * 403 when the user may at most read it.
	 */
	public AccountSummary editable(long accountId, CurrentUser user) {
		return summary(accounts.getEditable(accountId, user));
	}

	/** Whether the user may change the account's records (to offer the buttons). */
	public boolean mayEdit(long accountId, CurrentUser user) {
		return accounts.mayEdit(accountId, user);
	}

	/**
	 * Live accounts by id, without an access check: for naming rows the caller has
	 * already filtered with the access rule. Unknown or deleted ids are left out.
	 */
	public Map<Long, AccountSummary> find(Collection<Long> accountIds) {
		return accounts.findAll(distinct(accountIds))
			.stream()
			.map(AccountApi::summary)
			.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
	}

	/** The account's contacts to pick from, decision makers first. */
	public List<ContactRef> contacts(long accountId, CurrentUser user) {
		return contacts.list(accountId, new PageQuery(0, CONTACT_CHOICES), user)
			.items()
			.stream()
			.map(AccountApi::contactRef)
			.toList();
	}

	/**
	 * Live contacts by id, without an access check (for naming rows already filtered).
	 */
	public Map<Long, ContactRef> findContacts(Collection<Long> contactIds) {
		return contacts.findAll(distinct(contactIds))
			.stream()
			.map(AccountApi::contactRef)
			.collect(Collectors.toMap(ContactRef::id, Function.identity()));
	}

	/** The caller's own accounts, most recently changed first. */
	public List<AccountSummary> owned(CurrentUser user, int limit) {
		AccountFilter mine = new AccountFilter(null, null, null, null, null, null, null, user.id());
		return summaries(mine, user, limit);
	}

	/** The accounts the caller may read, most recently changed first. */
	public List<AccountSummary> recentlyChanged(CurrentUser user, int limit) {
		return summaries(AccountFilter.none(), user, limit);
	}

	public Map<AccountStatus, Long> countByStatus(CurrentUser user) {
		Map<AccountStatus, Long> counts = new EnumMap<>(AccountStatus.class);
		for (AccountStatus status : AccountStatus.values()) {
			counts.put(status, 0L);
		}
		accounts.countByStatus(user).forEach((k, v) -> counts.put(AccountStatus.valueOf(k), v));
		return counts;
	}

	/** Counts per tier; accounts without a tier are counted under {@code null}. */
	public Map<Tier, Long> countByTier(CurrentUser user) {
		Map<Tier, Long> counts = new LinkedHashMap<>();
		for (Tier tier : Tier.values()) {
			counts.put(tier, 0L);
		}
		accounts.countByTier(user).forEach((k, v) -> counts.put(k == null ? null : Tier.valueOf(k), v));
		return counts;
	}

	/** Whether the archive holds no account at all, deleted ones included. */
	public boolean empty() {
		return bulkLoad.empty();
	}

	/**
	 * A new bulk load of accounts with their contacts, in batches whose ids are reserved
	 * in order and that several threads may write at once. For a database nobody else
	 * writes accounts to meanwhile: demo data, imports.
	 */
	public BulkLoad bulkLoad() {
		return new BulkLoad(bulkLoad);
	}

	/**
	 * Live accounts with ids in [from, to], without an access check, for a loader that
	 * writes their records.
	 */
	public List<LoadedAccount> loaded(long from, long to) {
		return bulkLoad.loaded(from, to);
	}

	private List<AccountSummary> summaries(AccountFilter filter, CurrentUser user, int limit) {
		return accounts.latest(filter, limit, user).stream().map(AccountApi::summary).toList();
	}

	private static List<Long> distinct(Collection<Long> ids) {
		return ids.stream().filter(Objects::nonNull).distinct().toList();
	}

	private static AccountSummary summary(Account a) {
		return new AccountSummary(a.id(), a.name(), a.status(), a.urgency(), a.tier(), a.province(), a.city(),
				a.ownerId(), a.updatedAt());
	}

	private static ContactRef contactRef(Contact c) {
		return new ContactRef(c.id(), c.accountId(), c.name(), c.title(), c.decisionRole(), c.email());
	}

}
