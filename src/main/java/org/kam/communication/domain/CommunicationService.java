package org.kam.communication.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kam.account.AccountApi;
import org.kam.account.ContactRef;
import org.kam.communication.CommunicationKind;
import org.kam.communication.DueNextStep;
import org.kam.communication.NextStepsDue;
import org.kam.governance.AccountAccessPolicy;
import org.kam.governance.SqlCondition;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.shared.CountCap;
import org.kam.shared.InvalidInputException.Problem;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.RecordEvents;
import org.kam.shared.Sorting;
import org.kam.shared.VersionedWrites;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and reading communications. They follow their account's access rule: whoever
 * may read the account reads its communications, whoever may edit it records and changes
 * them.
 */
@Service
public class CommunicationService {

	/** The kind of record in {@code RecordChanged} events. */
	static final String KIND = CommunicationKind.KIND.key();

	private static final String COMMUNICATION = "Communication";

	/** "My day" looks this many days ahead. */
	public static final int DUE_HORIZON_DAYS = 7;

	private final Communications communications;

	private final AccountApi accounts;

	private final AccountAccessPolicy policy;

	private final UserDirectory users;

	private final Clock clock;

	private final ZoneId zone;

	private final RecordEvents events;

	CommunicationService(RecordEvents events, Communications communications, AccountApi accounts,
			AccountAccessPolicy policy, UserDirectory users, Clock clock, ZoneId zone) {
		this.communications = communications;
		this.events = events;
		this.accounts = accounts;
		this.policy = policy;
		this.users = users;
		this.clock = clock;
		this.zone = zone;
	}

	/** One account's communications, newest first unless sorted otherwise. */
	@Transactional(readOnly = true)
	public PageResult<Communication> list(long accountId, CommunicationFilter filter, String sort, PageQuery page,
			CurrentUser user) {
		accounts.readable(accountId, user);
		CommunicationFilter own = filter.forAccount(accountId);
		Range range = range(own);
		return new PageResult<>(communications.page(own, range.from(), range.to(), null, sorting(sort), page),
				page.page(), page.size(), communications.count(own, range.from(), range.to(), null));
	}

	/**
	 * Communications across the accounts the user may read, counted and paged only up to
	 * {@link CountCap#CAP}.
	 */
	@Transactional(readOnly = true)
	public PageResult<Communication> search(CommunicationFilter filter, String sort, PageQuery page, CurrentUser user) {
		Sorting sorting = sorting(sort);
		Range range = range(filter);
		CountCap.requireReachable(page);
		SqlCondition access = policy.readable(user, "a.owner_id");
		return CountCap.page(communications.page(filter, range.from(), range.to(), access, sorting, page), page,
				communications.countUpTo(filter, range.from(), range.to(), access, CountCap.COUNT_UP_TO));
	}

	private static Sorting sorting(String sort) {
		return Sorting.parse(sort, Communications.SORTABLE, "occurredAt,desc");
	}

	/** The filter's days as {@code [from, to)} in the company's time zone. */
	private Range range(CommunicationFilter filter) {
		if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
			throw new InvalidInputException("to", "communication.validation.toBeforeFrom",
					"must not be before the from date");
		}
		return new Range(filter.from() == null ? null : startOf(filter.from()),
				filter.to() == null ? null : startOf(filter.to().plusDays(1)));
	}

	private record Range(OffsetDateTime from, OffsetDateTime to) {
	}

	@Transactional(readOnly = true)
	public Communication get(long accountId, long id, CurrentUser user) {
		accounts.readable(accountId, user);
		return communications.find(accountId, id).orElseThrow(() -> new NotFoundException(COMMUNICATION, id));
	}

	@Transactional
	public Communication create(long accountId, CommunicationForm form, CurrentUser user) {
		accounts.editable(accountId, user);
		CommunicationFields fields = checked(accountId, form, null, user);
		long id = communications.insert(accountId, fields, user.id(), now());
		return events.created(KIND, id, accountId, user.id(), communications.find(accountId, id).orElseThrow());
	}

	@Transactional
	public Communication update(long accountId, long id, CommunicationForm form, CurrentUser user) {
		long version = VersionedWrites.required(form.version());
		accounts.editable(accountId, user);
		Communication current = communications.find(accountId, id)
			.orElseThrow(() -> new NotFoundException(COMMUNICATION, id));
		CommunicationFields fields = checked(accountId, form, current, user);
		VersionedWrites.requireWritten(communications.update(accountId, id, version, fields, user.id(), now()),
				COMMUNICATION, id, () -> communications.liveVersion(accountId, id).orElse(current.version()));
		return events.changed(KIND, id, accountId, user.id(), current,
				communications.find(accountId, id).orElseThrow());
	}

	@Transactional
	public void delete(long accountId, long id, CurrentUser user) {
		accounts.editable(accountId, user);
		Communication before = VersionedWrites.deleted(communications.find(accountId, id),
				() -> communications.softDelete(accountId, id, user.id(), now()), COMMUNICATION, id);
		events.deleted(KIND, id, accountId, user.id(), before);
	}

	/** Marks the next step done (or open again), keeping everything else as it is. */
	@Transactional
	public Communication markNextStep(long accountId, long id, long version, boolean done, CurrentUser user) {
		Communication c = get(accountId, id, user);
		CommunicationForm form = new CommunicationForm(c.channel(), c.occurredAt(), c.subject(), c.content(),
				c.outcome(), c.ourParticipantIds(), c.contactIds(), c.nextStep(), c.nextStepDue(), c.nextStepOwnerId(),
				done, version);
		return update(accountId, id, form, user);
	}

	@Transactional(readOnly = true)
	public List<DueNextStep> dueNextSteps(CurrentUser user, int limit) {
		LocalDate today = today();
		return communications.dueNextSteps(user.id(), today.plusDays(DUE_HORIZON_DAYS), today,
				policy.readable(user, "a.owner_id"), limit);
	}

	/**
	 * Counts bounded by {@link NextStepsDue#COUNT_CAP}, lists by {@code limit}: each one
	 * range of the index on open next steps by owner and due date.
	 */
	@Transactional(readOnly = true)
	public NextStepsDue nextStepsDue(CurrentUser user, int limit) {
		LocalDate today = today();
		LocalDate weekEnd = today.plusDays(DUE_HORIZON_DAYS + 1);
		SqlCondition access = policy.readable(user, "a.owner_id");
		long cap = NextStepsDue.COUNT_CAP + 1L;
		return new NextStepsDue(communications.countOpenNextSteps(user.id(), null, today, access, cap),
				communications.countOpenNextSteps(user.id(), today, today.plusDays(1), access, cap),
				communications.countOpenNextSteps(user.id(), today.plusDays(1), weekEnd, access, cap),
				communications.openNextSteps(user.id(), today, weekEnd, today, access, false, limit),
				communications.openNextSteps(user.id(), null, today, today, access, true, limit), today);
	}

	/** Today in the company's time zone. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	public ZoneId zone() {
		return zone;
	}

	/**
	 * Applies the rules, collecting every broken one: contacts must be live contacts of
	 * this account, users active, a next step needs a due date and an active owner (the
	 * sender when left out). People already on the stored record may stay even if they
	 * have left since, so that an edit never has to rewrite history.
	 */
	private CommunicationFields checked(long accountId, CommunicationForm form, Communication current,
			CurrentUser user) {
		List<Problem> problems = new ArrayList<>();
		List<Long> userIds = CommunicationFields.distinct(form.ourParticipantIds());
		Set<Long> keptUsers = current == null ? Set.of() : new HashSet<>(current.ourParticipantIds());
		for (Long userId : userIds) {
			if (!keptUsers.contains(userId) && !users.isActiveUser(userId)) {
				problems.add(new Problem("ourParticipantIds", "communication.validation.user.unknown",
						List.of(String.valueOf(userId)), "there is no active user " + userId));
			}
		}
		List<Long> contactIds = CommunicationFields.distinct(form.contactIds());
		Set<Long> keptContacts = current == null ? Set.of() : new HashSet<>(current.contactIds());
		Map<Long, ContactRef> found = accounts.findContacts(contactIds);
		for (Long contactId : contactIds) {
			ContactRef contact = found.get(contactId);
			if (!keptContacts.contains(contactId) && (contact == null || contact.accountId() != accountId)) {
				problems.add(new Problem("contactIds", "communication.validation.contact.notOfAccount",
						List.of(String.valueOf(contactId)),
						"contact " + contactId + " is not a contact of this account"));
			}
		}
		String nextStep = CommunicationFields.blankToNull(form.nextStep());
		Long ownerId = form.nextStepOwnerId();
		if (nextStep == null) {
			if (form.nextStepDue() != null) {
				problems.add(new Problem("nextStepDue", "communication.validation.nextStep.missing", List.of(),
						"is only set with a next step"));
			}
			if (ownerId != null) {
				problems.add(new Problem("nextStepOwnerId", "communication.validation.nextStep.missing", List.of(),
						"is only set with a next step"));
			}
		}
		else {
			if (form.nextStepDue() == null) {
				problems.add(new Problem("nextStepDue", "communication.validation.nextStepDue.required", List.of(),
						"is required with a next step"));
			}
			if (ownerId == null) {
				ownerId = user.id();
			}
			boolean kept = current != null && ownerId.equals(current.nextStepOwnerId());
			if (!kept && !users.isActiveUser(ownerId)) {
				problems.add(new Problem("nextStepOwnerId", "communication.validation.user.unknown",
						List.of(String.valueOf(ownerId)), "there is no active user " + ownerId));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new CommunicationFields(form.channel(), form.occurredAt(), form.subject().trim(),
				CommunicationFields.blankToNull(form.content()), CommunicationFields.blankToNull(form.outcome()),
				userIds, contactIds, nextStep, nextStep == null ? null : form.nextStepDue(),
				nextStep == null ? null : ownerId, nextStep != null && Boolean.TRUE.equals(form.nextStepDone()));
	}

	private OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(zone).toOffsetDateTime();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
