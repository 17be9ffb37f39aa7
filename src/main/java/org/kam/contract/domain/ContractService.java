package org.kam.contract.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Supplier;

import org.kam.account.AccountApi;
import org.kam.contract.ContractKind;
import org.kam.governance.AccountAccessPolicy;
import org.kam.identity.CurrentUser;
import org.kam.shared.CountCap;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.RecordEvents;
import org.kam.shared.Sorting;
import org.kam.shared.VersionedWrites;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's contracts; whoever may read (edit) the account reads (edits) them. The
 * number is unique among live contracts, the end date never before the start date.
 */
@Service
public class ContractService {

	/** The kind of record in {@code RecordChanged} events. */
	static final String KIND = ContractKind.KIND.key();

	private static final String CONTRACT = "Contract";

	/** A contract list may look ten years ahead; further is a mistake. */
	public static final int MAX_EXPIRING_DAYS = 3650;

	private final Contracts contracts;

	private final AccountApi accounts;

	private final AccountAccessPolicy policy;

	private final Clock clock;

	private final ZoneId zone;

	private final String defaultCurrency;

	private final RecordEvents events;

	ContractService(RecordEvents events, Contracts contracts, AccountApi accounts, AccountAccessPolicy policy,
			Clock clock, ZoneId zone, @Value("${kam.default-currency:CNY}") String defaultCurrency) {
		this.contracts = contracts;
		this.events = events;
		this.accounts = accounts;
		this.policy = policy;
		this.clock = clock;
		this.zone = zone;
		this.defaultCurrency = defaultCurrency;
	}

	/**
	 * Contracts of every account the user may read. Expiring lists are ordered by end
	 * date unless a sort is given; other lists by the latest change. Across accounts the
	 * count and the paging stop at {@link CountCap#CAP}.
	 */
	@Transactional(readOnly = true)
	public PageResult<Contract> search(ContractFilter filter, String sort, PageQuery page, CurrentUser user) {
		if (filter.expiringWithinDays() != null
				&& (filter.expiringWithinDays() < 0 || filter.expiringWithinDays() > MAX_EXPIRING_DAYS)) {
			throw new InvalidInputException("expiringWithinDays", "contract.validation.expiringWithinDays",
					"must be between 0 and " + MAX_EXPIRING_DAYS, String.valueOf(MAX_EXPIRING_DAYS));
		}
		String fallback = filter.expiringWithinDays() != null ? "endsOn,asc" : "updatedAt,desc";
		Sorting sorting = Sorting.parse(sort == null || sort.isBlank() ? fallback : sort, Contracts.SORTABLE,
				"updatedAt");
		var readable = policy.readable(user, "a.owner_id");
		LocalDate today = today();
		if (filter.accountId() != null) {
			// one account's contracts are few: their count stays exact
			return new PageResult<>(contracts.page(filter, today, readable, sorting, page), page.page(), page.size(),
					contracts.count(filter, today, readable));
		}
		CountCap.requireReachable(page);
		return CountCap.page(contracts.page(filter, today, readable, sorting, page), page,
				contracts.countUpTo(filter, today, readable, CountCap.COUNT_UP_TO));
	}

	/**
	 * One account's contracts: 404 for an unknown account, 403 when it is not the user's
	 * to read.
	 */
	@Transactional(readOnly = true)
	public PageResult<Contract> list(long accountId, ContractFilter filter, String sort, PageQuery page,
			CurrentUser user) {
		accounts.readable(accountId, user);
		return search(filter.withAccount(accountId), sort, page, user);
	}

	@Transactional(readOnly = true)
	public Contract get(long accountId, long id, CurrentUser user) {
		accounts.readable(accountId, user);
		return find(accountId, id);
	}

	@Transactional
	public Contract create(long accountId, ContractForm form, CurrentUser user) {
		accounts.editable(accountId, user);
		ContractFields fields = checked(form, null);
		OffsetDateTime now = now();
		long id = guarded(() -> contracts.insert(accountId, fields, occurredAt(fields, now), user.id(), now));
		return events.created(KIND, id, accountId, user.id(), find(accountId, id));
	}

	@Transactional
	public Contract update(long accountId, long id, ContractForm form, CurrentUser user) {
		long version = VersionedWrites.required(form.version());
		accounts.editable(accountId, user);
		Contract current = find(accountId, id);
		ContractFields fields = checked(form, id);
		int changed = guarded(() -> contracts.update(accountId, id, version, fields,
				occurredAt(fields, current.createdAt()), user.id(), now()));
		VersionedWrites.requireWritten(changed, CONTRACT, id, current::version);
		return events.changed(KIND, id, accountId, user.id(), current, find(accountId, id));
	}

	@Transactional
	public void delete(long accountId, long id, CurrentUser user) {
		accounts.editable(accountId, user);
		Contract before = find(accountId, id);
		if (contracts.softDelete(accountId, id, user.id(), now()) == 0) {
			throw new NotFoundException(CONTRACT, id);
		}
		events.deleted(KIND, id, accountId, user.id(), before);
	}

	public boolean mayEdit(long accountId, CurrentUser user) {
		return accounts.mayEdit(accountId, user);
	}

	public String defaultCurrency() {
		return defaultCurrency;
	}

	/** Today in the company's time zone: "expiring within N days" counts its days. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	Contract find(long accountId, long id) {
		return contracts.find(accountId, id).orElseThrow(() -> new NotFoundException(CONTRACT, id));
	}

	private ContractFields checked(ContractForm form, Long id) {
		ContractFields fields = ContractFields.from(form, defaultCurrency);
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		if (fields.startsOn() != null && fields.endsOn() != null && fields.endsOn().isBefore(fields.startsOn())) {
			problems.add(new InvalidInputException.Problem("endsOn", "contract.validation.endsBeforeStart", List.of(),
					"must not be before the start date"));
		}
		if (!isCurrency(fields.currency())) {
			problems.add(new InvalidInputException.Problem("currency", "contract.validation.currency", List.of(),
					"must be an ISO 4217 currency code such as CNY, USD or EUR"));
		}
		if (contracts.numberTaken(fields.numberKey(), id)) {
			problems.add(numberTaken());
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return fields;
	}

	private static boolean isCurrency(String code) {
		if (code == null || !code.matches("[A-Z]{3}")) {
			return false;
		}
		try {
			Currency.getInstance(code);
			return true;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** The unique index is the last word when two people save the same number at once. */
	private static <T> T guarded(Supplier<T> save) {
		try {
			return save.get();
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInputException(List.of(numberTaken()));
		}
	}

	private static InvalidInputException.Problem numberTaken() {
		return new InvalidInputException.Problem("number", "contract.validation.numberTaken", List.of(),
				"another contract already has this number");
	}

	/** A contract shows on the timeline on its signing day, or when it was recorded. */
	private OffsetDateTime occurredAt(ContractFields fields, OffsetDateTime recorded) {
		return fields.signedOn() == null ? recorded : fields.signedOn().atStartOfDay(zone).toOffsetDateTime();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
