package org.kam.sales.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.kam.account.AccountApi;
import org.kam.governance.AccountAccessPolicy;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.sales.SalesKind;
import org.kam.shared.CountCap;
import org.kam.shared.FieldProblem;
import org.kam.shared.ForbiddenException;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.RecordEvents;
import org.kam.shared.Sorting;
import org.kam.shared.VersionedWrites;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's orders under the account's access rule: whoever may read the account reads
 * its orders, whoever may edit it records them. Line amounts and totals are always
 * computed here, never taken from the client.
 */
@Service
public class SalesService {

	/**
	 * The kind of record in {@code RecordChanged} events; the lines are a field of the
	 * order.
	 */
	static final String KIND = SalesKind.KIND.key();

	/** Orders one bulk call may carry. */
	public static final int MAX_BULK = 10_000;

	private static final String ORDER = "Sales order";

	private final SalesOrders orders;

	private final AccountApi accounts;

	private final AccountAccessPolicy policy;

	private final UserDirectory users;

	private final Validator validator;

	private final MessageSource messages;

	private final Clock clock;

	private final String defaultCurrency;

	private final RecordEvents events;

	SalesService(RecordEvents events, SalesOrders orders, AccountApi accounts, AccountAccessPolicy policy,
			UserDirectory users, Validator validator, MessageSource messages, Clock clock,
			@Value("${kam.default-currency:CNY}") String defaultCurrency) {
		this.orders = orders;
		this.events = events;
		this.accounts = accounts;
		this.policy = policy;
		this.users = users;
		this.validator = validator;
		this.messages = messages;
		this.clock = clock;
		this.defaultCurrency = defaultCurrency;
	}

	public String defaultCurrency() {
		return defaultCurrency;
	}

	@Transactional(readOnly = true)
	public PageResult<SalesOrder> list(long accountId, LocalDate from, LocalDate to, PageQuery page, CurrentUser user) {
		accounts.readable(accountId, user);
		checkRange(from, to);
		return new PageResult<>(orders.page(accountId, from, to, page), page.page(), page.size(),
				orders.count(accountId, from, to));
	}

	/**
	 * Orders of every account the user may read, filtered by the database; counted and
	 * paged only up to {@link CountCap#CAP}.
	 */
	@Transactional(readOnly = true)
	public PageResult<SalesOrder> search(SalesFilter filter, String sort, PageQuery page, CurrentUser user) {
		checkRange(filter.from(), filter.to());
		Sorting sorting = Sorting.parse(sort, SalesOrders.SORTABLE, "orderDate,desc");
		CountCap.requireReachable(page);
		var readable = policy.readable(user, "a.owner_id");
		return CountCap.page(orders.search(filter, readable, sorting, page), page,
				orders.countUpTo(filter, readable, CountCap.COUNT_UP_TO));
	}

	@Transactional(readOnly = true)
	public SalesOrder get(long accountId, long id, CurrentUser user) {
		accounts.readable(accountId, user);
		return orders.find(accountId, id).orElseThrow(() -> new NotFoundException(ORDER, id));
	}

	@Transactional
	public SalesOrder create(long accountId, SalesOrderForm form, CurrentUser user) {
		accounts.editable(accountId, user);
		SalesOrderFields order = checked(accountId, form, this::isActive);
		if (orders.orderNoTaken(order.orderNo(), null)) {
			throw orderNoTaken();
		}
		long id = guarded(() -> orders.insert(order, user.id(), now()));
		return events.created(KIND, id, accountId, user.id(), orders.find(accountId, id).orElseThrow());
	}

	@Transactional
	public SalesOrder update(long accountId, long id, SalesOrderForm form, CurrentUser user) {
		long version = VersionedWrites.required(form.version());
		accounts.editable(accountId, user);
		SalesOrder current = orders.find(accountId, id).orElseThrow(() -> new NotFoundException(ORDER, id));
		SalesOrderFields order = checked(accountId, form, this::isActive);
		if (orders.orderNoTaken(order.orderNo(), id)) {
			throw orderNoTaken();
		}
		int changed = guarded(() -> orders.update(accountId, id, version, order, user.id(), now()));
		VersionedWrites.requireWritten(changed, ORDER, id,
				() -> orders.versionOf(accountId, id).orElse(current.version()));
		return events.changed(KIND, id, accountId, user.id(), current, orders.find(accountId, id).orElseThrow());
	}

	@Transactional
	public void delete(long accountId, long id, CurrentUser user) {
		accounts.editable(accountId, user);
		SalesOrder before = VersionedWrites.deleted(orders.find(accountId, id),
				() -> orders.softDelete(accountId, id, user.id(), now()), ORDER, id);
		events.deleted(KIND, id, accountId, user.id(), before);
	}

	/** Purchase figures of the account, computed by the database. */
	@Transactional(readOnly = true)
	public SalesStats stats(long accountId, StatsPeriod by, LocalDate from, LocalDate to, CurrentUser user) {
		accounts.readable(accountId, user);
		checkRange(from, to);
		List<SalesStats.CurrencySummary> currencies = new ArrayList<>();
		long count = 0;
		LocalDate last = null;
		for (SalesOrders.StatsRow row : orders.summary(accountId, from, to)) {
			currencies.add(summary(row));
			count += row.orders();
			last = last == null || row.last().isAfter(last) ? row.last() : last;
		}
		return new SalesStats(accountId, by.value(), from, to, count, last, currencies,
				orders.periods(accountId, from, to, by));
	}

	private static SalesStats.CurrencySummary summary(SalesOrders.StatsRow row) {
		BigDecimal total = Amounts.money(row.total());
		BigDecimal average = total.divide(BigDecimal.valueOf(row.orders()), 2, RoundingMode.HALF_UP);
		long months = ChronoUnit.MONTHS.between(row.first().withDayOfMonth(1), row.last().withDayOfMonth(1)) + 1;
		BigDecimal perMonth = BigDecimal.valueOf(row.orders())
			.divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
		BigDecimal daysBetween = row.orders() < 2 ? null
				: BigDecimal.valueOf(ChronoUnit.DAYS.between(row.first(), row.last()))
					.divide(BigDecimal.valueOf(row.orders() - 1), 1, RoundingMode.HALF_UP);
		return new SalesStats.CurrencySummary(row.currency(), row.orders(), total, average, row.first(), row.last(),
				months, perMonth, daysBetween);
	}

	/**
	 * Loads many orders at once, idempotent on the order number: a live order with the
	 * same number and content is reported unchanged, one with the same number and other
	 * content is an error. Atomic unless {@code partial}: then one invalid row writes
	 * nothing. Valid rows are written with JDBC batches in this one transaction.
	 * @param pathAccountId the account of every row, or null when each row names its own
	 */
	@Transactional
	public BulkOutcome bulk(Long pathAccountId, List<SalesOrderForm> forms, boolean partial, CurrentUser user) {
		if (forms == null || forms.isEmpty()) {
			throw new InvalidInputException("orders", "sales.validation.bulk.empty", "must hold at least one order");
		}
		if (forms.size() > MAX_BULK) {
			throw new InvalidInputException("orders", "sales.validation.bulk.size",
					"must hold at most " + MAX_BULK + " orders per call", MAX_BULK);
		}
		if (pathAccountId != null) {
			accounts.editable(pathAccountId, user);
		}
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, Boolean> activeUsers = new HashMap<>();
		// per account: empty when the user may record its sales (checked once per
		// account)
		Map<Long, Optional<FieldProblem>> accountProblems = new HashMap<>();
		if (pathAccountId != null) {
			accountProblems.put(pathAccountId, Optional.empty());
		}
		int size = forms.size();
		SalesOrderFields[] checked = new SalesOrderFields[size];
		List<List<FieldProblem>> problems = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			SalesOrderForm form = forms.get(i);
			List<FieldProblem> rowProblems = new ArrayList<>();
			problems.add(rowProblems);
			if (form == null) {
				rowProblems.add(new FieldProblem("", text("sales.validation.bulk.row", "must be an order", locale)));
				continue;
			}
			Long accountId = pathAccountId != null ? pathAccountId : form.accountId();
			for (ConstraintViolation<SalesOrderForm> violation : validator.validate(form)) {
				rowProblems.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()));
			}
			if (accountId == null) {
				rowProblems.add(new FieldProblem("accountId",
						text("sales.validation.account.required", "is required", locale)));
			}
			else {
				accountProblems.computeIfAbsent(accountId, id -> Optional.ofNullable(accountProblem(id, user, locale)))
					.ifPresent(rowProblems::add);
			}
			if (rowProblems.isEmpty()) {
				try {
					checked[i] = checked(accountId, form, id -> activeUsers.computeIfAbsent(id, users::isActiveUser));
				}
				catch (InvalidInputException e) {
					e.problems().forEach(p -> rowProblems.add(p.in(messages, locale)));
				}
			}
		}
		Set<String> numbers = new LinkedHashSet<>();
		for (SalesOrderFields order : checked) {
			if (order != null) {
				numbers.add(order.orderNo());
			}
		}
		Map<String, SalesOrder> existing = orders.findLive(numbers);
		Map<String, Integer> firstInRequest = new HashMap<>();
		BulkOutcome.Status[] status = new BulkOutcome.Status[size];
		List<SalesOrderFields> toCreate = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			SalesOrderFields order = checked[i];
			if (order == null) {
				status[i] = BulkOutcome.Status.ERROR;
				continue;
			}
			SalesOrder stored = existing.get(order.orderNo());
			Integer first = firstInRequest.putIfAbsent(order.orderNo(), i);
			if (stored != null) {
				status[i] = order.sameAs(stored) ? BulkOutcome.Status.UNCHANGED : BulkOutcome.Status.ERROR;
			}
			else if (first != null) {
				boolean same = checked[first] != null && checked[first].equals(order);
				status[i] = same ? BulkOutcome.Status.UNCHANGED : BulkOutcome.Status.ERROR;
			}
			else {
				status[i] = BulkOutcome.Status.CREATED;
				toCreate.add(order);
			}
			if (status[i] == BulkOutcome.Status.ERROR) {
				problems.get(i).add(orderNoTaken().problems().get(0).in(messages, locale));
				checked[i] = null;
			}
		}
		boolean anyError = Arrays.stream(status).anyMatch(s -> s == BulkOutcome.Status.ERROR);
		boolean write = partial || !anyError;
		Map<String, Long> ids = new HashMap<>();
		existing.forEach((no, order) -> ids.put(no, order.id()));
		if (write && !toCreate.isEmpty()) {
			ids.putAll(guarded(() -> orders.insertAll(toCreate, user.id(), now())));
			Set<String> created = new LinkedHashSet<>();
			toCreate.forEach(order -> created.add(order.orderNo()));
			orders.findLive(created)
				.values()
				.forEach(order -> events.created(KIND, order.id(), order.accountId(), user.id(), order));
		}
		List<BulkOutcome.Row> rows = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			BulkOutcome.Status s = status[i];
			if (!write && s != BulkOutcome.Status.ERROR) {
				s = BulkOutcome.Status.SKIPPED;
			}
			String orderNo = forms.get(i) == null ? null : forms.get(i).orderNo();
			Long id = s == BulkOutcome.Status.CREATED || s == BulkOutcome.Status.UNCHANGED
					? ids.get(checked[i].orderNo()) : null;
			rows.add(new BulkOutcome.Row(i, orderNo, s, id, problems.get(i)));
		}
		return new BulkOutcome(partial, write && !toCreate.isEmpty(), rows);
	}

	/**
	 * Why the user may not record sales of the account, or null. Asks without exceptions:
	 * a refusal thrown inside this transaction would mark it for rollback.
	 */
	private FieldProblem accountProblem(long accountId, CurrentUser user, Locale locale) {
		if (accounts.find(List.of(accountId)).isEmpty()) {
			return new FieldProblem("accountId", text("sales.validation.account.unknown",
					"there is no account " + accountId, locale, String.valueOf(accountId)));
		}
		if (!accounts.mayEdit(accountId, user)) {
			return new FieldProblem("accountId", text("sales.validation.account.forbidden",
					"you may not record sales of account " + accountId, locale, String.valueOf(accountId)));
		}
		return null;
	}

	private String text(String key, String english, Locale locale, Object... args) {
		return messages.getMessage(key, args, english, locale);
	}

	/** The rules beyond Bean Validation, and the computed amounts. */
	private SalesOrderFields checked(long accountId, SalesOrderForm form, LongPredicate activeUser) {
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		String currency = currency(form.currency(), problems);
		if (!activeUser.test(form.salespersonId())) {
			problems.add(new InvalidInputException.Problem("salespersonId", "sales.validation.salesperson",
					List.of(String.valueOf(form.salespersonId())), "there is no active user " + form.salespersonId()));
		}
		List<SalesLine> lines = SalesOrderFields.lines(form.lines());
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).lineAmount().compareTo(SalesOrderFields.MAX_AMOUNT) >= 0) {
				problems.add(new InvalidInputException.Problem("lines[" + i + "].quantity",
						"sales.validation.amount.tooLarge", List.of(), "makes the line amount too large"));
			}
		}
		BigDecimal total = SalesOrderFields.total(lines);
		if (problems.isEmpty() && total.compareTo(SalesOrderFields.MAX_AMOUNT) >= 0) {
			problems.add(new InvalidInputException.Problem("lines", "sales.validation.total.tooLarge", List.of(),
					"make the order total too large"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new SalesOrderFields(accountId, form.orderNo().trim(), form.orderDate(), form.salespersonId(), currency,
				total, lines);
	}

	private String currency(String given, List<InvalidInputException.Problem> problems) {
		if (given == null || given.isBlank()) {
			return defaultCurrency;
		}
		String code = given.trim().toUpperCase(Locale.ROOT);
		try {
			Currency.getInstance(code);
			return code;
		}
		catch (IllegalArgumentException e) {
			problems.add(new InvalidInputException.Problem("currency", "sales.validation.currency", List.of(),
					"must be an ISO 4217 currency code such as CNY"));
			return code;
		}
	}

	private boolean isActive(long userId) {
		return users.isActiveUser(userId);
	}

	private static void checkRange(LocalDate from, LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInputException("to", "sales.validation.range", "must not be before from");
		}
	}

	/**
	 * The unique index is the last word when two requests save the same number at once.
	 */
	private static <T> T guarded(Supplier<T> save) {
		try {
			return save.get();
		}
		catch (DuplicateKeyException e) {
			throw orderNoTaken();
		}
	}

	private static InvalidInputException orderNoTaken() {
		return new InvalidInputException("orderNo", "sales.validation.orderNo.taken",
				"another order already has this number");
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
