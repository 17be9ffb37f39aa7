package org.kam.account.domain;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.kam.governance.AccountAccessPolicy;
import org.kam.governance.SqlCondition;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.shared.ForbiddenException;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.Sorting;
import org.kam.shared.StaleVersionException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and keeping the archive, under the access policy. */
@Service
public class AccountService {

	private static final String ACCOUNT = "Account";

	private final Accounts accounts;

	private final AccountAccessPolicy policy;

	private final UserDirectory userDirectory;

	private final Clock clock;

	AccountService(Accounts accounts, AccountAccessPolicy policy, UserDirectory userDirectory, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.userDirectory = userDirectory;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResult<Account> list(AccountFilter filter, String sort, PageQuery page, CurrentUser user) {
		Sorting sorting = Sorting.parse(sort, Accounts.SORTABLE, "name");
		SqlCondition readable = readable(user);
		return new PageResult<>(accounts.page(filter, readable, sorting, page), page.page(), page.size(),
				accounts.count(filter, readable));
	}

	/** One page of the list without its total, for callers that count another way. */
	@Transactional(readOnly = true)
	public java.util.List<Account> page(AccountFilter filter, String sort, PageQuery page, CurrentUser user) {
		return accounts.page(filter, readable(user), Sorting.parse(sort, Accounts.SORTABLE, "name"), page);
	}

	/**
	 * The most recently changed accounts matching the filter, without counting them all.
	 */
	@Transactional(readOnly = true)
	public java.util.List<Account> latest(AccountFilter filter, int limit, CurrentUser user) {
		Sorting sorting = Sorting.parse("updatedAt,desc", Accounts.SORTABLE, "name");
		return accounts.page(filter, readable(user), sorting, new PageQuery(0, limit));
	}

	/** Accounts per status for the list's tabs: the filter without its status. */
	@Transactional(readOnly = true)
	public java.util.Map<String, Long> countByStatus(AccountFilter filter, CurrentUser user) {
		return accounts.countByStatus(filter, readable(user));
	}

	@Transactional(readOnly = true)
	public java.util.Map<String, Long> countByTier(CurrentUser user) {
		return accounts.countByTier(readable(user));
	}

	@Transactional(readOnly = true)
	public Account get(long id, CurrentUser user) {
		return accounts.find(id, readable(user)).orElseThrow(() -> {
			accounts.liveVersion(id).orElseThrow(() -> new NotFoundException(ACCOUNT, id));
			return new ForbiddenException("You may not read account " + id + ".");
		});
	}

	@Transactional
	public Account create(AccountForm form, CurrentUser user) {
		if (!policy.mayCreateAccounts(user)) {
			throw new ForbiddenException("Your roles do not allow creating accounts.");
		}
		Long ownerId = form.ownerId() == null ? Long.valueOf(user.id()) : form.ownerId();
		ArchiveFields fields = checked(form, ownerId, null, user);
		long id = saveGuarded(() -> accounts.insert(fields, user.id(), now()));
		return get(id, user);
	}

	@Transactional
	public Account update(long id, AccountForm form, CurrentUser user) {
		if (form.version() == null) {
			throw new InvalidInputException("version", "validation.version.required",
					"is required: send the version you read");
		}
		long current = accounts.liveVersion(id).orElseThrow(() -> new NotFoundException(ACCOUNT, id));
		SqlCondition editable = policy.editable(user, "a.owner_id");
		Account before = accounts.find(id, editable)
			.orElseThrow(() -> new ForbiddenException("You may not change account " + id + "."));
		// An omitted owner keeps the current one: a client that does not know the field
		// must not orphan the account.
		Long ownerId = form.ownerId() == null ? before.ownerId() : form.ownerId();
		ArchiveFields fields = checked(form, ownerId, id, user);
		int changed = saveGuarded(() -> accounts.update(id, form.version(), fields, editable, user.id(), now()));
		if (changed == 0) {
			throw new StaleVersionException(ACCOUNT, id, accounts.liveVersion(id).orElse(current));
		}
		return get(id, user);
	}

	/**
	 * The account for a change: 404 when it does not exist, 403 when the user may read it
	 * at most.
	 */
	@Transactional(readOnly = true)
	public Account getEditable(long id, CurrentUser user) {
		get(id, user);
		return accounts.find(id, editable(user))
			.orElseThrow(() -> new ForbiddenException("You may not change account " + id + "."));
	}

	/** Whether the user may change this account (to offer the edit buttons). */
	@Transactional(readOnly = true)
	public boolean mayEdit(long id, CurrentUser user) {
		return accounts.find(id, editable(user)).isPresent();
	}

	/**
	 * Live accounts by id without an access check: for naming rows that a caller has
	 * already filtered by access.
	 */
	@Transactional(readOnly = true)
	public java.util.List<Account> findAll(java.util.Collection<Long> ids) {
		return accounts.findAll(ids);
	}

	public boolean mayCreate(CurrentUser user) {
		return policy.mayCreateAccounts(user);
	}

	public boolean mayAssignAnyOwner(CurrentUser user) {
		return policy.mayAssignAnyOwner(user);
	}

	private ArchiveFields checked(AccountForm form, Long ownerId, Long accountId, CurrentUser user) {
		ArchiveFields fields = ArchiveFields.from(form, ownerId);
		if (ownerId != null && ownerId != user.id()) {
			if (!policy.mayAssignAnyOwner(user)) {
				throw new InvalidInputException("ownerId", "validation.owner.notAllowed",
						"only a team manager or an admin can make someone else the owner");
			}
			if (!userDirectory.isActiveUser(ownerId)) {
				throw new InvalidInputException("ownerId", "validation.owner.unknown",
						"there is no active user " + ownerId, ownerId);
			}
		}
		if (fields.uscc() != null && accounts.usccTaken(fields.uscc(), accountId)) {
			throw duplicateUscc();
		}
		return fields;
	}

	/** The unique index is the last word when two people save the same USCC at once. */
	private static <T> T saveGuarded(java.util.function.Supplier<T> save) {
		try {
			return save.get();
		}
		catch (DuplicateKeyException e) {
			throw duplicateUscc();
		}
	}

	private static InvalidInputException duplicateUscc() {
		return new InvalidInputException("uscc", "validation.uscc.taken",
				"another account already has this unified social credit code");
	}

	SqlCondition readable(CurrentUser user) {
		return policy.readable(user, "a.owner_id");
	}

	SqlCondition editable(CurrentUser user) {
		return policy.editable(user, "a.owner_id");
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
