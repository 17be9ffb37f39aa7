package org.kam.survey.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.kam.account.AccountApi;
import org.kam.account.ContactRef;
import org.kam.governance.AccountAccessPolicy;
import org.kam.governance.SqlCondition;
import org.kam.identity.CurrentUser;
import org.kam.shared.CountCap;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.RecordEvents;
import org.kam.shared.Sorting;
import org.kam.shared.VersionedWrites;
import org.kam.survey.SurveyKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's satisfaction surveys: whoever may read (edit) the account reads (edits)
 * its surveys.
 */
@Service
public class SurveyService {

	/** The kind of record in {@code RecordChanged} events. */
	static final String KIND = SurveyKind.KIND.key();

	private static final String SURVEY = "Survey";

	private final Surveys surveys;

	private final AccountApi accounts;

	private final AccountAccessPolicy policy;

	private final Clock clock;

	private final ZoneId zone;

	private final RecordEvents events;

	SurveyService(RecordEvents events, Surveys surveys, AccountApi accounts, AccountAccessPolicy policy, Clock clock,
			ZoneId zone) {
		this.surveys = surveys;
		this.events = events;
		this.accounts = accounts;
		this.policy = policy;
		this.clock = clock;
		this.zone = zone;
	}

	@Transactional(readOnly = true)
	public PageResult<Survey> list(long accountId, LocalDate from, LocalDate to, String sort, PageQuery page,
			CurrentUser user) {
		accounts.readable(accountId, user);
		Sorting sorting = Sorting.parse(sort, Surveys.SORTABLE, "surveyedOn,desc");
		checkRange(from, to);
		return new PageResult<>(surveys.page(accountId, from, to, sorting, page), page.page(), page.size(),
				surveys.count(accountId, from, to));
	}

	/**
	 * Answered surveys across the accounts the user may read, filtered in SQL; newest
	 * first unless {@code sort} says otherwise.
	 */
	@Transactional(readOnly = true)
	public PageResult<Survey> list(SurveyFilter filter, String sort, PageQuery page, CurrentUser user) {
		Sorting sorting = Sorting.parse(sort, Surveys.SORTABLE_ACROSS, "surveyedOn,desc");
		checkFilter(filter);
		CountCap.requireReachable(page);
		SqlCondition access = policy.readable(user, "a.owner_id");
		long counted = surveys.countUpTo(filter, access, CountCap.COUNT_UP_TO);
		return CountCap.page(surveys.page(filter, access, sorting, page), page, counted);
	}

	@Transactional(readOnly = true)
	public List<MonthTrend> trend(long accountId, LocalDate from, LocalDate to, CurrentUser user) {
		accounts.readable(accountId, user);
		checkRange(from, to);
		return surveys.trend(accountId, from, to);
	}

	@Transactional(readOnly = true)
	public Survey get(long accountId, long id, CurrentUser user) {
		accounts.readable(accountId, user);
		return surveys.find(accountId, id).orElseThrow(() -> new NotFoundException(SURVEY, id));
	}

	@Transactional
	public Survey create(long accountId, SurveyForm form, CurrentUser user) {
		accounts.editable(accountId, user);
		checkRules(accountId, form);
		long id = surveys.insert(accountId, form, SurveySource.STAFF, user.id(), now());
		return events.created(KIND, id, accountId, user.id(), surveys.find(accountId, id).orElseThrow());
	}

	@Transactional
	public Survey update(long accountId, long id, SurveyForm form, CurrentUser user) {
		long version = VersionedWrites.required(form.version());
		accounts.editable(accountId, user);
		Survey current = surveys.find(accountId, id).orElseThrow(() -> new NotFoundException(SURVEY, id));
		checkRules(accountId, form);
		VersionedWrites.requireWritten(surveys.update(accountId, id, version, form, user.id(), now()), SURVEY, id,
				current::version);
		return events.changed(KIND, id, accountId, user.id(), current, surveys.find(accountId, id).orElseThrow());
	}

	@Transactional
	public void delete(long accountId, long id, CurrentUser user) {
		accounts.editable(accountId, user);
		Survey before = VersionedWrites.deleted(surveys.find(accountId, id),
				() -> surveys.softDelete(accountId, id, user.id(), now()), SURVEY, id);
		events.deleted(KIND, id, accountId, user.id(), before);
	}

	/**
	 * The customer's own answer through a link; the caller has checked and claimed the
	 * link in its transaction. The survey's event names no user: the customer wrote it.
	 */
	@Transactional
	public long recordAnswer(long accountId, SurveyForm form) {
		long id = surveys.insert(accountId, form, SurveySource.LINK, null, now());
		events.created(KIND, id, accountId, null, surveys.find(accountId, id).orElseThrow());
		return id;
	}

	/** Today in the company's time zone: the last day a survey can have been taken. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	private void checkRules(long accountId, SurveyForm form) {
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		if (form.surveyedOn() != null && form.surveyedOn().isAfter(today())) {
			problems.add(new InvalidInputException.Problem("surveyedOn", "survey.validation.future", List.of(),
					"cannot be in the future"));
		}
		boolean named = form.respondentName() != null && !form.respondentName().isBlank();
		if (form.respondentContactId() != null) {
			ContactRef contact = accounts.findContacts(Set.of(form.respondentContactId()))
				.get(form.respondentContactId());
			if (contact == null || contact.accountId() != accountId) {
				problems.add(new InvalidInputException.Problem("respondentContactId", "survey.validation.contact",
						List.of(), "must be a contact of this account"));
			}
			if (named) {
				problems.add(new InvalidInputException.Problem("respondentName", "survey.validation.respondentBoth",
						List.of(), "give either a contact or a name, not both"));
			}
		}
		else if (!named) {
			problems.add(new InvalidInputException.Problem("respondentName", "survey.validation.respondent", List.of(),
					"is required when no contact is chosen"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void checkFilter(SurveyFilter filter) {
		if (filter.maxOverall() != null && (filter.maxOverall() < 1 || filter.maxOverall() > 5)) {
			throw new InvalidInputException("maxOverall", "survey.validation.score",
					"must be a whole number from 1 to 5");
		}
		checkRange(filter.from(), filter.to());
	}

	private static void checkRange(LocalDate from, LocalDate to) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidInputException("to", "survey.validation.range", "must not be before from");
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
