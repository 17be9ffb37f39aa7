package org.kam.survey.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.kam.account.AccountApi;
import org.kam.account.AccountSummary;
import org.kam.account.ContactRef;
import org.kam.identity.CurrentUser;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.RecordEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time survey links: an editor of the account creates one, the customer opens it
 * without signing in and answers once; the answer and the "used" mark are written in one
 * transaction. Creating, revoking and answering a link publish {@code RecordChanged}
 * events; {@link Invitation} holds neither the token nor its hash, so no event carries
 * them.
 */
@Service
public class InvitationService {

	/**
	 * The kind of record in {@code RecordChanged} events; a survey's links are no
	 * {@code RecordKind} of their own.
	 */
	static final String KIND = "survey-invitations";

	private static final String INVITATION = "Survey invitation";

	private static final String LINK = "Survey link";

	private final Invitations invitations;

	private final SurveyService surveys;

	private final AccountApi accounts;

	private final Clock clock;

	private final RecordEvents events;

	InvitationService(RecordEvents events, Invitations invitations, SurveyService surveys, AccountApi accounts,
			Clock clock) {
		this.events = events;
		this.invitations = invitations;
		this.surveys = surveys;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResult<Invitation> list(long accountId, PageQuery page, CurrentUser user) {
		accounts.readable(accountId, user);
		return new PageResult<>(invitations.page(accountId, page), page.page(), page.size(),
				invitations.count(accountId));
	}

	@Transactional(readOnly = true)
	public Invitation get(long accountId, long id, CurrentUser user) {
		accounts.readable(accountId, user);
		return invitations.find(accountId, id).orElseThrow(() -> new NotFoundException(INVITATION, id));
	}

	@Transactional
	public NewInvitation create(long accountId, InvitationForm form, CurrentUser user) {
		accounts.editable(accountId, user);
		if (form.contactId() != null && !isContactOf(accountId, form.contactId())) {
			throw new InvalidInputException("contactId", "survey.validation.contact",
					"must be a contact of this account");
		}
		String token = LinkTokens.newToken();
		OffsetDateTime now = now();
		long id = invitations.insert(accountId, form.contactId(), LinkTokens.hash(token),
				now.plus(Duration.ofDays(form.days())), user.id(), now);
		Invitation created = events.created(KIND, id, accountId, user.id(),
				invitations.find(accountId, id).orElseThrow());
		return new NewInvitation(created, token);
	}

	/** Withdraws a link not yet answered; withdrawing it again changes nothing. */
	@Transactional
	public void revoke(long accountId, long id, CurrentUser user) {
		accounts.editable(accountId, user);
		Invitation before = invitations.find(accountId, id).orElseThrow(() -> new NotFoundException(INVITATION, id));
		invitations.revoke(accountId, id, user.id(), now());
		// read again: the customer may have answered since the first read
		Invitation after = invitations.find(accountId, id).orElseThrow();
		if (after.usedAt() != null) {
			throw new InvalidInputException("id", "survey.validation.revokeUsed",
					"was answered already and cannot be revoked");
		}
		events.changed(KIND, id, accountId, user.id(), before, after);
	}

	/** The public page's view of a link; 404 for a token nobody issued. */
	@Transactional(readOnly = true)
	public OpenLink open(String token) {
		Invitation invitation = byToken(token);
		AccountSummary account = accounts.find(List.of(invitation.accountId())).get(invitation.accountId());
		boolean askName = invitation.contactId() == null
				|| !isContactOf(invitation.accountId(), invitation.contactId());
		return new OpenLink(account.name(), invitation.state(now()), askName);
	}

	/**
	 * Records the customer's answer and marks the link used, both or neither. The link's
	 * event names no user, as the survey's: the customer wrote them.
	 * @throws LinkClosedException when the link was used, has expired or was revoked
	 */
	@Transactional
	public void answer(String token, PublicAnswer answer) {
		Invitation invitation = byToken(token);
		OffsetDateTime now = now();
		LinkState state = invitation.state(now);
		if (state != LinkState.OPEN) {
			throw new LinkClosedException(state);
		}
		Long contactId = invitation.contactId() != null && isContactOf(invitation.accountId(), invitation.contactId())
				? invitation.contactId() : null;
		if (contactId == null && (answer.respondentName() == null || answer.respondentName().isBlank())) {
			throw new InvalidInputException("respondentName", "survey.validation.respondentPublic",
					"please tell us your name");
		}
		if (invitations.claim(invitation.id(), now) == 0) {
			// someone answered (or a user revoked the link) between our read and now
			throw new LinkClosedException(byToken(token).state(now));
		}
		SurveyForm form = new SurveyForm(surveys.today(), answer.productQuality(), answer.serviceAttitude(),
				answer.responseSpeed(), answer.overall(), answer.nps(), answer.needs(), answer.suggestions(), contactId,
				contactId == null ? answer.respondentName() : null, null);
		invitations.answered(invitation.id(), surveys.recordAnswer(invitation.accountId(), form));
		events.changed(KIND, invitation.id(), invitation.accountId(), null, invitation,
				invitations.find(invitation.accountId(), invitation.id()).orElseThrow());
	}

	private Invitation byToken(String token) {
		if (!LinkTokens.wellFormed(token)) {
			throw new NotFoundException(LINK, "?");
		}
		return invitations.findByHash(LinkTokens.hash(token)).orElseThrow(() -> new NotFoundException(LINK, "?"));
	}

	private boolean isContactOf(long accountId, long contactId) {
		ContactRef contact = accounts.findContacts(Set.of(contactId)).get(contactId);
		return contact != null && contact.accountId() == accountId;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
