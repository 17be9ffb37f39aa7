package org.kam.devplan.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kam.account.AccountApi;
import org.kam.account.ContactRef;
import org.kam.devplan.DevelopmentPlanKind;
import org.kam.governance.AccountAccessPolicy;
import org.kam.identity.CurrentUser;
import org.kam.shared.CountCap;
import org.kam.shared.InvalidInputException.Problem;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.RecordEvents;
import org.kam.shared.Sorting;
import org.kam.shared.VersionedWrites;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's development plans: whoever may read (edit) the account reads (edits) them.
 * A plan is saved with its milestones and stakeholders in one transaction; the progress
 * is computed from the milestones.
 */
@Service
public class DevelopmentPlanService {

	/**
	 * The kind of record in {@code RecordChanged} events; milestones and stakeholders are
	 * fields of the plan.
	 */
	static final String KIND = DevelopmentPlanKind.KIND.key();

	private static final String PLAN = "Development plan";

	private static final Map<String, String> SORTS = Map.of("periodStart", "p.period_start", "nextMilestoneDue",
			"p.next_milestone_due", "progress", "p.progress", "title", "p.title");

	private final DevelopmentPlans plans;

	private final AccountApi accounts;

	private final AccountAccessPolicy policy;

	private final Clock clock;

	private final ZoneId zone;

	private final String defaultCurrency;

	private final RecordEvents events;

	DevelopmentPlanService(RecordEvents events, DevelopmentPlans plans, AccountApi accounts, AccountAccessPolicy policy,
			Clock clock, ZoneId zone, @Value("${kam.default-currency:CNY}") String defaultCurrency) {
		this.plans = plans;
		this.events = events;
		this.accounts = accounts;
		this.policy = policy;
		this.clock = clock;
		this.zone = zone;
		this.defaultCurrency = defaultCurrency;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	public String defaultCurrency() {
		return defaultCurrency;
	}

	@Transactional(readOnly = true)
	public PageResult<DevelopmentPlan> list(long accountId, PageQuery page, CurrentUser user) {
		accounts.readable(accountId, user);
		return new PageResult<>(plans.page(accountId, page), page.page(), page.size(), plans.count(accountId));
	}

	/**
	 * Across the accounts the user may read, filtered in SQL; {@code sort} is
	 * {@code field[,asc|desc]}, newest period first by default.
	 */
	@Transactional(readOnly = true)
	public PageResult<DevelopmentPlanSummary> list(DevelopmentPlanFilter filter, String sort, PageQuery page,
			CurrentUser user) {
		List<Problem> problems = new ArrayList<>();
		Sorting sorting = null;
		try {
			sorting = Sorting.parse(sort == null || sort.isBlank() ? "periodStart,desc" : sort, SORTS, "periodStart");
		}
		catch (InvalidInputException e) {
			problems.addAll(e.problems());
		}
		if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
			problems.add(new Problem("to", "devplan.validation.to", List.of(), "must not be before from"));
		}
		Problem tooDeep = CountCap.beyondReach(page);
		if (tooDeep != null) {
			problems.add(tooDeep);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		var access = policy.readable(user, "a.owner_id");
		LocalDate today = today();
		long counted = plans.countUpTo(filter, access, today, CountCap.COUNT_UP_TO);
		return CountCap.page(plans.page(filter, access, sorting, page, today), page, counted);
	}

	@Transactional(readOnly = true)
	public DevelopmentPlan get(long accountId, long id, CurrentUser user) {
		accounts.readable(accountId, user);
		return plans.find(accountId, id).orElseThrow(() -> new NotFoundException(PLAN, id));
	}

	@Transactional
	public DevelopmentPlan create(long accountId, DevelopmentPlanForm form, CurrentUser user) {
		accounts.editable(accountId, user);
		String currency = checked(accountId, form);
		long id = plans.insert(accountId, form, currency, progress(form), user.id(), now());
		plans.replaceRows(id, form);
		return events.created(KIND, id, accountId, user.id(), plans.find(accountId, id).orElseThrow());
	}

	@Transactional
	public DevelopmentPlan update(long accountId, long id, DevelopmentPlanForm form, CurrentUser user) {
		long version = VersionedWrites.required(form.version());
		accounts.editable(accountId, user);
		DevelopmentPlan current = plans.find(accountId, id).orElseThrow(() -> new NotFoundException(PLAN, id));
		String currency = checked(accountId, form);
		VersionedWrites.requireWritten(
				plans.update(accountId, id, version, form, currency, progress(form), user.id(), now()), PLAN, id,
				current::version);
		plans.replaceRows(id, form);
		return events.changed(KIND, id, accountId, user.id(), current, plans.find(accountId, id).orElseThrow());
	}

	@Transactional
	public void delete(long accountId, long id, CurrentUser user) {
		accounts.editable(accountId, user);
		DevelopmentPlan before = VersionedWrites.deleted(plans.find(accountId, id),
				() -> plans.softDelete(accountId, id, user.id(), now()), PLAN, id);
		events.deleted(KIND, id, accountId, user.id(), before);
	}

	private static int progress(DevelopmentPlanForm form) {
		return DevelopmentPlan.progress(form.milestones().stream().map(MilestoneForm::statusOrPlanned).toList());
	}

	/** The rules across fields; answers the currency to store. */
	private String checked(long accountId, DevelopmentPlanForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form.periodStart() != null && form.periodEnd() != null && form.periodEnd().isBefore(form.periodStart())) {
			problems.add(new Problem("periodEnd", "devplan.validation.periodEnd", List.of(),
					"must not be before the period start"));
		}
		String currency = defaultCurrency;
		if (form.currency() != null && !form.currency().isBlank()) {
			currency = form.currency().trim().toUpperCase(Locale.ROOT);
			try {
				Currency.getInstance(currency);
			}
			catch (IllegalArgumentException e) {
				problems.add(new Problem("currency", "devplan.validation.currency", List.of(),
						"must be an ISO 4217 currency code such as CNY"));
			}
		}
		List<Long> ids = form.stakeholders().stream().map(StakeholderForm::contactId).filter(Objects::nonNull).toList();
		Map<Long, ContactRef> contacts = ids.isEmpty() ? Map.of() : accounts.findContacts(ids);
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < form.stakeholders().size(); i++) {
			Long contactId = form.stakeholders().get(i).contactId();
			if (contactId == null) {
				continue;
			}
			ContactRef contact = contacts.get(contactId);
			String field = "stakeholders[" + i + "].contactId";
			if (contact == null || contact.accountId() != accountId) {
				problems.add(new Problem(field, "devplan.validation.contact.unknown", List.of(contactId),
						"is not a contact of this account"));
			}
			else if (!seen.add(contactId)) {
				problems.add(new Problem(field, "devplan.validation.contact.duplicate", List.of(contactId),
						"is already on the stakeholder map"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return currency;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
