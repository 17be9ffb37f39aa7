package org.kam.complaint.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.kam.account.AccountApi;
import org.kam.complaint.ComplaintKind;
import org.kam.governance.AccountAccessPolicy;
import org.kam.identity.CurrentUser;
import org.kam.identity.UserDirectory;
import org.kam.shared.CountCap;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.RecordEvents;
import org.kam.shared.StaleVersionException;
import org.kam.shared.VersionedWrites;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints follow their account's access rule: whoever may read the account reads its
 * complaints, whoever may edit it records and handles them.
 */
@Service
public class ComplaintService {

	/** The kind of record in {@code RecordChanged} events. */
	static final String KIND = ComplaintKind.KIND.key();

	private static final String COMPLAINT = "Complaint";

	private final Complaints complaints;

	private final AccountApi accounts;

	private final AccountAccessPolicy policy;

	private final UserDirectory users;

	private final ComplaintTargets targets;

	private final Clock clock;

	private final RecordEvents events;

	ComplaintService(RecordEvents events, Complaints complaints, AccountApi accounts, AccountAccessPolicy policy,
			UserDirectory users, ComplaintTargets targets, Clock clock) {
		this.complaints = complaints;
		this.events = events;
		this.accounts = accounts;
		this.policy = policy;
		this.users = users;
		this.targets = targets;
		this.clock = clock;
	}

	/**
	 * Complaints of the accounts the user may read, key accounts first. Across accounts
	 * the count and the paging stop at {@link CountCap#CAP}; one account's count stays
	 * exact.
	 */
	@Transactional(readOnly = true)
	public PageResult<Complaint> list(ComplaintFilter filter, PageQuery page, CurrentUser user) {
		if (filter.accountId() != null) {
			accounts.readable(filter.accountId(), user);
		}
		else {
			CountCap.requireReachable(page);
		}
		var access = policy.readable(user, "a.owner_id");
		OffsetDateTime now = now();
		List<Complaint> items = complaints.page(filter, access, page, now);
		if (filter.accountId() != null) {
			return new PageResult<>(items, page.page(), page.size(), complaints.count(filter, access, now));
		}
		return CountCap.page(items, page, complaints.countUpTo(filter, access, now, CountCap.COUNT_UP_TO));
	}

	@Transactional(readOnly = true)
	public Complaint get(long accountId, long id, CurrentUser user) {
		accounts.readable(accountId, user);
		return find(accountId, id);
	}

	@Transactional
	public Complaint create(long accountId, ComplaintForm form, CurrentUser user) {
		accounts.editable(accountId, user);
		OffsetDateTime now = now();
		ComplaintFields workflow = ComplaintFields.start(form, owner(form, user), targets, now);
		long id = complaints.insert(accountId, workflow, user.id(), now);
		return events.created(KIND, id, accountId, user.id(), find(accountId, id));
	}

	@Transactional
	public Complaint update(long accountId, long id, ComplaintForm form, CurrentUser user) {
		long version = VersionedWrites.required(form.version());
		accounts.editable(accountId, user);
		Complaint current = find(accountId, id);
		if (current.version() != version) {
			throw new StaleVersionException(COMPLAINT, id, current.version());
		}
		OffsetDateTime now = now();
		ComplaintFields workflow = ComplaintFields.next(current, form, owner(form, user), targets, now);
		VersionedWrites.requireWritten(complaints.update(accountId, id, version, workflow, user.id(), now), COMPLAINT,
				id, () -> find(accountId, id).version());
		return events.changed(KIND, id, accountId, user.id(), current, find(accountId, id));
	}

	@Transactional
	public void delete(long accountId, long id, CurrentUser user) {
		accounts.editable(accountId, user);
		Complaint before = find(accountId, id);
		if (complaints.softDelete(accountId, id, user.id(), now()) == 0) {
			throw new NotFoundException(COMPLAINT, id);
		}
		events.deleted(KIND, id, accountId, user.id(), before);
	}

	/** For the timeline: the caller has checked that the user may read the account. */
	@Transactional(readOnly = true)
	public List<Complaint> receivedBefore(long accountId, OffsetDateTime before, int limit) {
		return complaints.receivedBefore(accountId, before, limit, now());
	}

	public ComplaintTargets targets() {
		return targets;
	}

	private long owner(ComplaintForm form, CurrentUser user) {
		long owner = form.ownerId() == null ? user.id() : form.ownerId();
		if (!users.isActiveUser(owner)) {
			throw new InvalidInputException("ownerId", "complaint.validation.owner", "must be an active user");
		}
		return owner;
	}

	private Complaint find(long accountId, long id) {
		return complaints.find(accountId, id, now()).orElseThrow(() -> new NotFoundException(COMPLAINT, id));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
