package org.kam.report.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.kam.account.AccountApi;
import org.kam.account.AccountSummary;
import org.kam.governance.AccountAccessPolicy;
import org.kam.governance.SqlCondition;
import org.kam.identity.CurrentUser;
import org.kam.report.ReportKind;
import org.kam.report.ReportPeriod;
import org.kam.shared.CountCap;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.shared.PageQuery;
import org.kam.shared.PageResult;
import org.kam.shared.RecordEvents;
import org.kam.shared.Sorting;
import org.kam.shared.VersionedWrites;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making, reading and changing an account's periodic reports. They follow the account's
 * rule: whoever may read the account reads its reports, whoever may edit it makes and
 * changes them. Every change adds a version; none overwrites one.
 */
@Service
public class ReportService {

	/** The kind of record in {@code RecordChanged} events. */
	static final String KIND = ReportKind.KIND.key();

	private static final String REPORT = "Report";

	private final Reports reports;

	private final SectionComposer composer;

	private final AccountApi accounts;

	private final AccountAccessPolicy policy;

	private final Clock clock;

	private final ZoneId zone;

	private final RecordEvents events;

	ReportService(RecordEvents events, Reports reports, SectionComposer composer, AccountApi accounts,
			AccountAccessPolicy policy, Clock clock, ZoneId zone) {
		this.policy = policy;
		this.events = events;
		this.reports = reports;
		this.composer = composer;
		this.accounts = accounts;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * Reads a period as the API and the form send it, against today in the company's
	 * zone.
	 */
	public ReportPeriod period(String text) {
		return ReportPeriod.parse(text, LocalDate.now(clock.withZone(zone)), zone);
	}

	/**
	 * Generates the account's report for a period: its version 1, snapshotted from the
	 * records now. A period that already has a live report is refused (regenerate that
	 * one instead).
	 */
	@Transactional
	public ReportVersion create(long accountId, NewReport request, CurrentUser user) {
		AccountSummary account = accounts.editable(accountId, user);
		ReportPeriod period = period(request == null ? null : request.period());
		if (reports.periodTaken(accountId, period.code())) {
			throw periodTaken(period);
		}
		OffsetDateTime now = now();
		Snapshot snapshot = composer.compose(accountId, period);
		long id;
		try {
			id = reports.insert(accountId, period, user.id(), now);
		}
		catch (DuplicateKeyException e) {
			throw periodTaken(period);
		}
		Report report = reports.find(accountId, id).orElseThrow();
		reports.insertVersion(report, 1, VersionChange.GENERATED, account.name(), null, null, snapshot, now, user.id(),
				now);
		ReportVersion created = latest(report);
		events.created(KIND, id, accountId, user.id(), Reported.of(created));
		return created;
	}

	@Transactional(readOnly = true)
	public PageResult<Report> list(long accountId, ReportPeriod.Kind kind, String sort, PageQuery page,
			CurrentUser user) {
		accounts.readable(accountId, user);
		Sorting sorting = Sorting.parse(sort, Reports.SORTABLE, "period,desc");
		return new PageResult<>(reports.page(accountId, kind, sorting, page), page.page(), page.size(),
				reports.count(accountId, kind));
	}

	/**
	 * Reports of every account the user may read, optionally of one period
	 * ({@code 2026-Q3}), kind or account: the database filters by access.
	 */
	@Transactional(readOnly = true)
	public PageResult<ReportListing> listAcross(String period, ReportPeriod.Kind kind, Long accountId, String sort,
			PageQuery page, CurrentUser user) {
		String code = period == null || period.isBlank() ? null
				: ReportPeriod.parse(period, LocalDate.MAX, zone).code();
		Sorting sorting = Sorting.parse(sort, Reports.SORTABLE, "period,desc");
		CountCap.requireReachable(page);
		SqlCondition readable = policy.readable(user, "a.owner_id");
		return CountCap.page(reports.pageAcross(code, kind, accountId, readable, sorting, page), page,
				reports.countAcrossUpTo(code, kind, accountId, readable, CountCap.COUNT_UP_TO));
	}

	/** The report's latest version. */
	@Transactional(readOnly = true)
	public ReportVersion get(long accountId, long reportId, CurrentUser user) {
		accounts.readable(accountId, user);
		return latest(report(accountId, reportId));
	}

	/** Any saved version of the report; old versions stay readable. */
	@Transactional(readOnly = true)
	public ReportVersion version(long accountId, long reportId, long version, CurrentUser user) {
		accounts.readable(accountId, user);
		Report report = report(accountId, reportId);
		return reports.findVersion(report, version)
			.orElseThrow(() -> new NotFoundException("Version " + version + " of report", reportId));
	}

	@Transactional(readOnly = true)
	public PageResult<VersionEntry> versions(long accountId, long reportId, PageQuery page, CurrentUser user) {
		accounts.readable(accountId, user);
		Report report = report(accountId, reportId);
		return new PageResult<>(reports.versions(reportId, page), page.page(), page.size(), report.version());
	}

	/**
	 * Saves new texts as the next version, keeping the sections; {@code version} must be
	 * the latest (409 otherwise). Texts equal to the latest ones make no new version.
	 */
	@Transactional
	public ReportVersion edit(long accountId, long reportId, ReportTexts texts, CurrentUser user) {
		long expected = VersionedWrites.required(texts.version());
		accounts.editable(accountId, user);
		Report report = report(accountId, reportId);
		ReportVersion current = latest(report);
		String summary = blankToNull(texts.summary());
		String problems = blankToNull(texts.problemsAndSolutions());
		if (expected == report.version() && Objects.equals(summary, current.summary())
				&& Objects.equals(problems, current.problemsAndSolutions())) {
			return current;
		}
		Report next = advance(report, expected, user);
		reports.insertVersion(next, next.version(), VersionChange.EDITED, current.accountName(), summary, problems,
				current.snapshot(), current.generatedAt(), user.id(), now());
		return published(current, latest(next), user);
	}

	/**
	 * Builds the sections again from today's records as the next version, keeping the
	 * texts; {@code version} must be the latest (409 otherwise).
	 */
	@Transactional
	public ReportVersion regenerate(long accountId, long reportId, Long version, CurrentUser user) {
		long expected = VersionedWrites.required(version);
		AccountSummary account = accounts.editable(accountId, user);
		Report report = report(accountId, reportId);
		ReportVersion current = latest(report);
		ReportPeriod period = ReportPeriod.parse(report.period(), report.periodStart(), zone);
		Snapshot snapshot = composer.compose(accountId, period);
		Report next = advance(report, expected, user);
		OffsetDateTime now = now();
		reports.insertVersion(next, next.version(), VersionChange.REGENERATED, account.name(), current.summary(),
				current.problemsAndSolutions(), snapshot, now, user.id(), now);
		return published(current, latest(next), user);
	}

	/** Soft delete: the report leaves the lists, its versions stay in the database. */
	@Transactional
	public void delete(long accountId, long reportId, CurrentUser user) {
		accounts.editable(accountId, user);
		ReportVersion before = latest(report(accountId, reportId));
		if (reports.softDelete(accountId, reportId, user.id(), now()) == 0) {
			throw new NotFoundException(REPORT, reportId);
		}
		events.deleted(KIND, reportId, accountId, user.id(), Reported.of(before));
	}

	/**
	 * Whether the user may make and change the account's reports (to offer the buttons).
	 */
	public boolean mayEdit(long accountId, CurrentUser user) {
		return accounts.mayEdit(accountId, user);
	}

	/**
	 * An account's report versions before a moment, newest first; access checked by the
	 * caller.
	 */
	@Transactional(readOnly = true)
	public List<TimelineItem> timeline(long accountId, OffsetDateTime before, int limit) {
		return reports.timeline(accountId, before, limit)
			.stream()
			.map(r -> new TimelineItem(r.reportId(), r.period(), r.version(), r.change(), r.at()))
			.toList();
	}

	/** A report version on an account's timeline. */
	public record TimelineItem(long reportId, String period, long version, VersionChange change, OffsetDateTime at) {
	}

	private Report advance(Report report, long expected, CurrentUser user) {
		VersionedWrites.requireWritten(reports.nextVersion(report.accountId(), report.id(), expected, user.id(), now()),
				REPORT, report.id(), report::version);
		return reports.find(report.accountId(), report.id()).orElseThrow();
	}

	private ReportVersion latest(Report report) {
		return reports.findVersion(report, report.version()).orElseThrow();
	}

	private Report report(long accountId, long reportId) {
		return reports.find(accountId, reportId).orElseThrow(() -> new NotFoundException(REPORT, reportId));
	}

	private static InvalidInputException periodTaken(ReportPeriod period) {
		return new InvalidInputException("period", "report.validation.period.taken",
				"already has a report: open it and regenerate it instead", period.code());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private ReportVersion published(ReportVersion before, ReportVersion after, CurrentUser user) {
		Report report = after.report();
		events.changed(KIND, report.id(), report.accountId(), user.id(), Reported.of(before), Reported.of(after));
		return after;
	}

	/**
	 * What a report's events compare: its period and its latest version, without the
	 * sections' snapshot (the records it was built from have events of their own).
	 */
	private record Reported(String period, ReportPeriod.Kind periodKind, LocalDate periodStart, LocalDate periodEnd,
			long reportVersion, VersionChange change, String summary, String problemsAndSolutions,
			OffsetDateTime generatedAt) {

		static Reported of(ReportVersion latest) {
			Report report = latest.report();
			return new Reported(report.period(), report.periodKind(), report.periodStart(), report.periodEnd(),
					latest.version(), latest.change(), latest.summary(), latest.problemsAndSolutions(),
					latest.generatedAt());
		}

	}

}
