package org.kam.account.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.kam.account.AccountStatus;
import org.kam.account.search.KeywordPlan;
import org.kam.account.search.SearchDocuments;
import org.kam.governance.AccountAccessPolicy;
import org.kam.governance.SqlCondition;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.shared.CountCap;
import org.kam.shared.ForbiddenException;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.RecordEvents;
import org.kam.shared.Sorting;
import org.kam.shared.StaleVersionException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and keeping the archive, under the access policy. */
@Service
public class AccountService {

	private static final String ACCOUNT = "Account";

	/** The kind of record in {@code RecordChanged} events. */
	static final String KIND = "accounts";

	/** The similar names a warning lists at most. */
	private static final int SIMILAR_SHOWN = 10;

	private final Accounts accounts;

	private final SearchDocuments searchDocuments;

	private final AccountAccessPolicy policy;

	private final UserDirectory userDirectory;

	private final Clock clock;

	private final RegionInput regions;

	private final RecordEvents events;

	AccountService(Accounts accounts, SearchDocuments searchDocuments, AccountAccessPolicy policy,
			UserDirectory userDirectory, Clock clock, RegionInput regions, RecordEvents events) {
		this.regions = regions;
		this.events = events;
		this.accounts = accounts;
		this.searchDocuments = searchDocuments;
		this.policy = policy;
		this.userDirectory = userDirectory;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResult<Account> list(AccountFilter requested, String sort, PageQuery page, CurrentUser user) {
		AccountFilter filter = regions.resolve(requested);
		Sorting sorting = Sorting.parse(sort, Accounts.SORTABLE, "name");
		CountCap.requireReachable(page);
		SqlCondition readable = readable(user);
		KeywordPlan plan = accounts.plan(filter, readable);
		List<Account> items = accounts.page(plan, sorting, page);
		if (readable.unrestricted() && filter.onlyStatusOrTier()) {
			long total = accounts.tallyByStatus(filter.tier())
				.entrySet()
				.stream()
				.filter(e -> filter.status() == null || filter.status().name().equals(e.getKey()))
				.mapToLong(Map.Entry::getValue)
				.sum();
			return new PageResult<>(items, page.page(), page.size(), total, true);
		}
		return CountCap.page(items, page, accounts.countUpTo(plan, CountCap.COUNT_UP_TO));
	}

	/**
	 * One page of the list with its counts (see {@link #listCounts}), for the list page:
	 * a filter without a status is planned once for the rows and the counts.
	 */
	@Transactional(readOnly = true)
	public AccountListPage listPage(AccountFilter requested, String sort, PageQuery page, CurrentUser user) {
		AccountFilter filter = regions.resolve(requested);
		Sorting sorting = Sorting.parse(sort, Accounts.SORTABLE, "name");
		CountCap.requireReachable(page);
		ListPlans plans = new ListPlans(accounts, readable(user));
		ListCounts counts = counts(filter, plans);
		return new AccountListPage(accounts.page(plans.of(filter), sorting, page), counts);
	}

	/**
	 * The most recently changed accounts matching the filter, without counting them all.
	 */
	@Transactional(readOnly = true)
	public List<Account> latest(AccountFilter filter, int limit, CurrentUser user) {
		Sorting sorting = Sorting.parse("updatedAt,desc", Accounts.SORTABLE, "name");
		return accounts.page(accounts.plan(regions.resolve(filter), readable(user)), sorting, new PageQuery(0, limit));
	}

	/**
	 * The status tabs and the total of the list: exact from the tally when it answers the
	 * filter, counted when the filter matches at most {@link CountCap#CAP} accounts, else
	 * "more than the cap".
	 */
	@Transactional(readOnly = true)
	public ListCounts listCounts(AccountFilter requested, CurrentUser user) {
		return counts(regions.resolve(requested), new ListPlans(accounts, readable(user)));
	}

	/**
	 * The counts of {@link #listCounts}: the filter for any status is planned once for
	 * the total and the tabs, the filter with its status only when the total must be
	 * counted apart.
	 */
	private ListCounts counts(AccountFilter filter, ListPlans plans) {
		AccountFilter anyStatus = filter.withStatus(null);
		Map<String, Long> byStatus = null;
		if (plans.access().unrestricted() && anyStatus.onlyStatusOrTier()) {
			byStatus = accounts.tallyByStatus(filter.tier());
		}
		else {
			KeywordPlan plan = plans.of(anyStatus);
			if (accounts.countUpTo(plan, CountCap.COUNT_UP_TO) <= CountCap.CAP) {
				byStatus = accounts.countByStatus(plan);
			}
		}
		if (byStatus != null) {
			// every status, counted ones at zero too: an empty map means "not counted"
			// (the
			// tabs then say "more than 10,000"), and a filter that matches nothing
			// counted 0
			byStatus = everyStatus(byStatus);
			long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
			long total = filter.status() == null ? all : byStatus.getOrDefault(filter.status().name(), 0L);
			return new ListCounts(byStatus, total, true);
		}
		long counted = filter.status() == null ? CountCap.COUNT_UP_TO
				: accounts.countUpTo(plans.of(filter), CountCap.COUNT_UP_TO);
		return new ListCounts(Map.of(), Math.min(counted, CountCap.CAP), counted <= CountCap.CAP);
	}

	private static Map<String, Long> everyStatus(Map<String, Long> counted) {
		Map<String, Long> all = new LinkedHashMap<>();
		for (AccountStatus status : AccountStatus.values()) {
			all.put(status.name(), counted.getOrDefault(status.name(), 0L));
		}
		return all;
	}

	/** Accounts per status for the user, whatever their number (the home page charts). */
	@Transactional(readOnly = true)
	public Map<String, Long> countByStatus(CurrentUser user) {
		SqlCondition readable = readable(user);
		return readable.unrestricted() ? accounts.tallyByStatus(null)
				: accounts.countByStatus(accounts.plan(AccountFilter.none(), readable));
	}

	@Transactional(readOnly = true)
	public Map<String, Long> countByTier(CurrentUser user) {
		SqlCondition readable = readable(user);
		return readable.unrestricted() ? accounts.tallyByTier() : accounts.countByTier(readable);
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
		AccountFields fields = checked(form, ownerId, null, user);
		long id = saveGuarded(() -> accounts.insert(fields, user.id(), now()));
		searchDocuments.refresh(id);
		Account created = get(id, user);
		// the tally follows the event (AccountTally)
		events.created(KIND, id, id, user.id(), created);
		return created;
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
		AccountFields fields = checked(form, ownerId, before, user);
		int changed = saveGuarded(() -> accounts.update(id, form.version(), fields, editable, user.id(), now()));
		if (changed == 0) {
			throw new StaleVersionException(ACCOUNT, id, accounts.liveVersion(id).orElse(current));
		}
		// the search document carries the name, the USCC and every filtered column
		searchDocuments.refresh(id);
		Account after = get(id, user);
		events.changed(KIND, id, id, user.id(), before, after);
		return after;
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

	/**
	 * The other live account that has this USCC, if any, named only when the user may
	 * read it: the form says the code is taken while it is typed.
	 */
	@Transactional(readOnly = true)
	public Optional<UsccHolder> usccHolder(String uscc, Long exceptId, CurrentUser user) {
		return accounts.usccHolder(uscc, exceptId).map(id -> {
			List<Account> readable = accounts.findAll(List.of(id), readable(user));
			return new UsccHolder(id, readable.isEmpty() ? null : readable.get(0).name());
		});
	}

	/**
	 * Live accounts, other than the one given, whose name is equal or near-equal to this
	 * one (see SimilarNames): those the user may read by name, the others counted.
	 */
	@Transactional(readOnly = true)
	public SimilarAccounts similarNames(String name, Long exceptId, CurrentUser user) {
		if (name == null || name.isBlank()) {
			return SimilarAccounts.NONE;
		}
		List<Long> ids = accounts.withSimilarName(name, exceptId, SIMILAR_SHOWN);
		List<Account> readable = accounts.findAll(ids, readable(user));
		return new SimilarAccounts(readable, ids.size() - readable.size());
	}

	/**
	 * The other account that has a USCC; its name is null when the user may not read it.
	 */
	public record UsccHolder(long id, String name) {
	}

	/** Accounts with a similar name: those the user may read, and how many others. */
	public record SimilarAccounts(List<Account> readable, int others) {

		static final SimilarAccounts NONE = new SimilarAccounts(List.of(), 0);

		public boolean any() {
			return !readable.isEmpty() || others > 0;
		}

	}

	/** Whether the user may change this account (to offer the edit buttons). */
	@Transactional(readOnly = true)
	public boolean mayEdit(long id, CurrentUser user) {
		return accounts.find(id, editable(user)).isPresent();
	}

	/**
	 * Whether the user may change an account read through {@link #get}: the same rule as
	 * {@link #mayEdit(long, CurrentUser)}, without reading the account again.
	 */
	public boolean mayEdit(Account account, CurrentUser user) {
		return policy.mayEdit(user, account.ownerId());
	}

	/**
	 * Live accounts by id without an access check: for naming rows that a caller has
	 * already filtered by access.
	 */
	@Transactional(readOnly = true)
	public List<Account> findAll(Collection<Long> ids) {
		return accounts.findAll(ids);
	}

	public boolean mayCreate(CurrentUser user) {
		return policy.mayCreateAccounts(user);
	}

	public boolean mayAssignAnyOwner(CurrentUser user) {
		return policy.mayAssignAnyOwner(user);
	}

	private AccountFields checked(AccountForm form, Long ownerId, Account before, CurrentUser user) {
		Long accountId = before == null ? null : before.id();
		AccountFields fields = regions.resolve(AccountFields.from(form, ownerId), before);
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
	private static <T> T saveGuarded(Supplier<T> save) {
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
