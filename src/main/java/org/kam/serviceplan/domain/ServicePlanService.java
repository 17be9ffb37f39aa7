package org.kam.serviceplan.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kam.account.AccountApi;
import org.kam.governance.AccountAccessPolicy;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.serviceplan.ServicePlanKind;
import org.kam.shared.CountCap;
import org.kam.shared.InvalidInputException.Problem;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.RecordEvents;
import org.kam.shared.Sorting;
import org.kam.shared.StaleVersionException;
import org.kam.shared.VersionedWrites;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's service plans: whoever may read (edit) the account reads (edits) them. The
 * next due date is computed here and stored, so that overdue and upcoming lists come from
 * an index.
 */
@Service
public class ServicePlanService {

	/** The kind of record in {@code RecordChanged} events. */
	static final String KIND = ServicePlanKind.KIND.key();

	private static final String PLAN = "Service plan";

	private static final Map<String, String> SORTS = Map.of("nextDueOn", "sp.next_due_on", "updatedAt",
			"sp.updated_at");

	private final ServicePlans plans;

	private final AccountApi accounts;

	private final AccountAccessPolicy policy;

	private final UserDirectory users;

	private final Clock clock;

	private final ZoneId zone;

	private final RecordEvents events;

	ServicePlanService(RecordEvents events, ServicePlans plans, AccountApi accounts, AccountAccessPolicy policy,
			UserDirectory users, Clock clock, ZoneId zone) {
		this.plans = plans;
		this.events = events;
		this.accounts = accounts;
		this.policy = policy;
		this.users = users;
		this.clock = clock;
		this.zone = zone;
	}

	/** Today in the company's time zone: what "overdue" is measured against. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	@Transactional(readOnly = true)
	public PageResult<ServicePlan> list(long accountId, PageQuery page, CurrentUser user) {
		accounts.readable(accountId, user);
		return new PageResult<>(plans.page(accountId, page, today()), page.page(), page.size(), plans.count(accountId));
	}

	/** Across the accounts the user may read (managers: all), filtered in SQL. */
	@Transactional(readOnly = true)
	public PageResult<ServicePlan> list(ServicePlanFilter filter, String sort, PageQuery page, CurrentUser user) {
		Sorting sorting = Sorting.parse(sort, SORTS, "nextDueOn");
		CountCap.requireReachable(page);
		var access = policy.readable(user, "a.owner_id");
		LocalDate today = today();
		return CountCap.page(plans.page(filter, access, sorting, page, today), page,
				plans.countUpTo(filter, access, today, CountCap.COUNT_UP_TO));
	}

	@Transactional(readOnly = true)
	public ServicePlan get(long accountId, long id, CurrentUser user) {
		accounts.readable(accountId, user);
		return plans.find(accountId, id, today()).orElseThrow(() -> new NotFoundException(PLAN, id));
	}

	@Transactional
	public ServicePlan create(long accountId, ServicePlanForm form, CurrentUser user) {
		accounts.editable(accountId, user);
		long responsible = checked(form, user);
		ServicePlanStatus status = form.status() == null ? ServicePlanStatus.PLANNED : form.status();
		long id = plans.insert(accountId, form, responsible, schedule(form, status, null), user.id(), now());
		return events.created(KIND, id, accountId, user.id(), plans.find(accountId, id, today()).orElseThrow());
	}

	@Transactional
	public ServicePlan update(long accountId, long id, ServicePlanForm form, CurrentUser user) {
		long version = VersionedWrites.required(form.version());
		accounts.editable(accountId, user);
		ServicePlan current = plans.find(accountId, id, today()).orElseThrow(() -> new NotFoundException(PLAN, id));
		long responsible = checked(form, user);
		ServicePlanStatus status = form.status() == null ? current.status() : form.status();
		ServicePlans.Schedule schedule = schedule(form, status, current.lastDoneOn());
		VersionedWrites.requireWritten(
				plans.update(accountId, id, version, form, responsible, schedule, user.id(), now()), PLAN, id,
				current::version);
		return changed(current, user);
	}

	/**
	 * Completes the open occurrence: a one-off plan is done; a recurring one moves on to
	 * its next date, and is done when the series has no date left.
	 */
	@Transactional
	public ServicePlan done(long accountId, long id, Long version, CurrentUser user) {
		accounts.editable(accountId, user);
		ServicePlan current = plans.find(accountId, id, today()).orElseThrow(() -> new NotFoundException(PLAN, id));
		if (version != null && version != current.version()) {
			throw new StaleVersionException(PLAN, id, current.version());
		}
		if (!current.status().open()) {
			throw new InvalidInputException("status", "serviceplan.validation.notOpen",
					"only a planned or in-progress plan can be marked done");
		}
		ServicePlans.Schedule next;
		if (!current.recurring()) {
			next = new ServicePlans.Schedule(ServicePlanStatus.DONE, current.nextDueOn(), current.nextDueOn());
		}
		else {
			LocalDate done = current.nextDueOn();
			LocalDate following = current.recurrence().firstAfter(current.startsOn(), done);
			boolean finished = current.endsOn() != null && following.isAfter(current.endsOn());
			next = finished ? new ServicePlans.Schedule(ServicePlanStatus.DONE, null, done)
					: new ServicePlans.Schedule(ServicePlanStatus.PLANNED, following, done);
		}
		VersionedWrites.requireWritten(plans.complete(accountId, id, current.version(), next, user.id(), now()), PLAN,
				id, current::version);
		return changed(current, user);
	}

	private ServicePlan changed(ServicePlan before, CurrentUser user) {
		return events.changed(KIND, before.id(), before.accountId(), user.id(), before,
				plans.find(before.accountId(), before.id(), today()).orElseThrow());
	}

	@Transactional
	public void delete(long accountId, long id, CurrentUser user) {
		accounts.editable(accountId, user);
		ServicePlan before = VersionedWrites.deleted(plans.find(accountId, id, today()),
				() -> plans.softDelete(accountId, id, user.id(), now()), PLAN, id);
		events.deleted(KIND, id, accountId, user.id(), before);
	}

	/** The schedule rules; answers the responsible user (the sender unless named). */
	private long checked(ServicePlanForm form, CurrentUser user) {
		List<Problem> problems = new ArrayList<>();
		if (form.recurrenceOrNone() == Recurrence.NONE) {
			if (form.dueOn() == null) {
				problems.add(new Problem("dueOn", "serviceplan.validation.dueOn.required", List.of(),
						"is required for a plan without recurrence"));
			}
		}
		else if (form.startsOn() == null) {
			problems.add(new Problem("startsOn", "serviceplan.validation.startsOn.required", List.of(),
					"is required for a recurring plan"));
		}
		else if (form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
			problems.add(new Problem("endsOn", "serviceplan.validation.endsOn.beforeStart", List.of(),
					"must not be before the start"));
		}
		long responsible = form.responsibleId() == null ? user.id() : form.responsibleId();
		if (!users.isActiveUser(responsible)) {
			problems.add(new Problem("responsibleId", "serviceplan.validation.responsible.unknown",
					List.of(responsible), "there is no active user " + responsible));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return responsible;
	}

	/**
	 * The next due date: the due date of a one-off plan; for a series, its first date
	 * after the occurrence completed last, none when the series has ended (then it is
	 * done).
	 */
	private static ServicePlans.Schedule schedule(ServicePlanForm form, ServicePlanStatus status,
			LocalDate lastDoneOn) {
		Recurrence recurrence = form.recurrenceOrNone();
		if (recurrence == Recurrence.NONE) {
			return new ServicePlans.Schedule(status, form.dueOn(), null);
		}
		LocalDate next = recurrence.firstAfter(form.startsOn(), lastDoneOn);
		if (form.endsOn() != null && next.isAfter(form.endsOn())) {
			return new ServicePlans.Schedule(status == ServicePlanStatus.CANCELLED ? status : ServicePlanStatus.DONE,
					null, lastDoneOn);
		}
		return new ServicePlans.Schedule(status, next, lastDoneOn);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
