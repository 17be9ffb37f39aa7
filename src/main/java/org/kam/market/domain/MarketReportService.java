package org.kam.market.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kam.account.AccountApi;
import org.kam.governance.AccountAccessPolicy;
import org.kam.governance.SqlCondition;
import org.kam.identity.CurrentUser;
import org.kam.market.MarketReportKind;
import org.kam.shared.CountCap;
import org.kam.shared.ForbiddenException;
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

/** Reading and keeping market reports, under {@link MarketReportAccess}. */
@Service
public class MarketReportService {

	/**
	 * The kind of record in {@code RecordChanged} events (no account: accountIds is a
	 * field); competitors are a field of the report.
	 */
	static final String KIND = MarketReportKind.KIND.key();

	private static final String REPORT = "Market report";

	private static final String DEFAULT_CURRENCY = "CNY";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final MarketReports reports;

	private final MarketReportAccess access;

	private final AccountAccessPolicy accountPolicy;

	private final AccountApi accounts;

	private final Clock clock;

	private final RecordEvents events;

	MarketReportService(RecordEvents events, MarketReports reports, MarketReportAccess access,
			AccountAccessPolicy accountPolicy, AccountApi accounts, Clock clock) {
		this.reports = reports;
		this.events = events;
		this.access = access;
		this.accountPolicy = accountPolicy;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * A page of reports. Filtering by an account asks to read that account first: which
	 * reports concern an account is part of what is known about it.
	 */
	@Transactional(readOnly = true)
	public PageResult<MarketReport> list(MarketReportFilter filter, String sort, PageQuery page, CurrentUser user) {
		Sorting sorting = Sorting.parse(sort, MarketReports.SORTABLE, "periodEnd,desc");
		if (filter.accountId() != null) {
			accounts.readable(filter.accountId(), user);
		}
		CountCap.requireReachable(page);
		List<ReportRow> rows = reports.page(filter, sorting, page);
		return CountCap.page(assemble(rows, user), page, reports.countUpTo(filter, CountCap.COUNT_UP_TO));
	}

	@Transactional(readOnly = true)
	public MarketReport get(long id, CurrentUser user) {
		ReportRow row = reports.find(id).orElseThrow(() -> new NotFoundException(REPORT, id));
		return assemble(List.of(row), user).get(0);
	}

	@Transactional
	public MarketReport create(MarketReportForm form, CurrentUser user) {
		if (!access.mayCreate(user)) {
			throw new ForbiddenException("Only administrators, team managers and analysts write market reports.");
		}
		MarketReportFields fields = checked(form);
		List<Long> linked = checkedLinks(form, user);
		OffsetDateTime now = now();
		long id = reports.insert(fields, user.id(), now);
		reports.replaceCompetitors(id, fields.competitors());
		reports.link(id, linked, user.id(), now);
		return events.created(KIND, id, null, user.id(), get(id, user));
	}

	/**
	 * Replaces the report's fields, competitors and the links the editor can see; links
	 * to accounts the editor may not read are kept as they are.
	 */
	@Transactional
	public MarketReport update(long id, MarketReportForm form, CurrentUser user) {
		long version = VersionedWrites.required(form.version());
		ReportRow current = reports.find(id).orElseThrow(() -> new NotFoundException(REPORT, id));
		if (!access.mayEdit(user)) {
			throw new ForbiddenException("Only administrators, team managers and analysts change market reports.");
		}
		MarketReport was = get(id, user);
		MarketReportFields fields = checked(form);
		List<Long> wanted = checkedLinks(form, user);
		OffsetDateTime now = now();
		VersionedWrites.requireWritten(reports.update(id, version, fields, user.id(), now), REPORT, id,
				current::version);
		reports.replaceCompetitors(id, fields.competitors());
		Set<Long> before = reports.linkedIds(id);
		Set<Long> visibleBefore = reports.readableAccounts(before, readable(user));
		Set<Long> removed = new LinkedHashSet<>(visibleBefore);
		removed.removeAll(wanted);
		List<Long> added = wanted.stream().filter(accountId -> !before.contains(accountId)).toList();
		reports.unlink(id, removed);
		reports.link(id, added, user.id(), now);
		return events.changed(KIND, id, null, user.id(), was, get(id, user));
	}

	@Transactional
	public void delete(long id, CurrentUser user) {
		MarketReport report = get(id, user);
		if (!access.mayDelete(report, user)) {
			throw new ForbiddenException(
					"Only administrators, team managers and the analyst who wrote it delete a market report.");
		}
		reports.softDelete(id, user.id(), now());
		events.deleted(KIND, id, null, user.id(), report);
	}

	public boolean mayCreate(CurrentUser user) {
		return access.mayCreate(user);
	}

	public boolean mayEdit(CurrentUser user) {
		return access.mayEdit(user);
	}

	public boolean mayDelete(MarketReport report, CurrentUser user) {
		return access.mayDelete(report, user);
	}

	/**
	 * The accounts among the ids the user may read, with their names, in the ids' order.
	 */
	@Transactional(readOnly = true)
	public List<LinkedAccount> readableAccounts(Collection<Long> ids, CurrentUser user) {
		return reports.readableNames(ids.stream().distinct().toList(), readable(user));
	}

	/** Accounts the user may read whose name contains the text: candidates to link. */
	@Transactional(readOnly = true)
	public List<LinkedAccount> searchAccounts(String text, int limit, CurrentUser user) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return reports.searchAccounts(text, readable(user), limit);
	}

	// --- rules ---

	private MarketReportFields checked(MarketReportForm form) {
		List<Problem> problems = new ArrayList<>();
		String industry = trimmed(form.industry());
		String province = trimmed(form.province());
		if (industry == null && province == null) {
			String english = "give an industry, a province or both";
			problems.add(new Problem("industry", "market.validation.scope", List.of(), english));
			problems.add(new Problem("province", "market.validation.scope", List.of(), english));
		}
		MarketReportPeriod period = period(form, problems);
		String currency = currency(form, problems);
		List<Competitor> competitors = competitors(form.competitorRows(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new MarketReportFields(form.title().trim(), industry, province, trimmed(form.city()), period,
				form.marketSize(), currency, form.growthRate(), trimmed(form.demandNotes()), competitors);
	}

	/** A label, or both dates; a label and dates together must agree. */
	private static MarketReportPeriod period(MarketReportForm form, List<Problem> problems) {
		String label = trimmed(form.period());
		if (label != null) {
			MarketReportPeriod parsed = MarketReportPeriod.parse(label).orElse(null);
			if (parsed == null) {
				problems.add(new Problem("period", "market.validation.period.label", List.of(label),
						"must be a year (2026), a half (2026-H1), a quarter (2026-Q3) or a month (2026-05)"));
				return null;
			}
			boolean datesAgree = (form.periodStart() == null || form.periodStart().equals(parsed.start()))
					&& (form.periodEnd() == null || form.periodEnd().equals(parsed.end()));
			if (!datesAgree) {
				problems.add(new Problem("period", "market.validation.period.disagree", List.of(label),
						"names other dates than periodStart and periodEnd: give the label or the dates"));
				return null;
			}
			return parsed;
		}
		if (form.periodStart() == null || form.periodEnd() == null) {
			if (form.periodStart() == null) {
				problems.add(new Problem("periodStart", "market.validation.period.required", List.of(),
						"is required unless a period label such as 2026-H1 is given"));
			}
			if (form.periodEnd() == null) {
				problems.add(new Problem("periodEnd", "market.validation.period.required", List.of(),
						"is required unless a period label such as 2026-H1 is given"));
			}
			return null;
		}
		MarketReportPeriod period = new MarketReportPeriod(form.periodStart(), form.periodEnd());
		if (form.periodEnd().isBefore(form.periodStart())) {
			problems.add(new Problem("periodEnd", "market.validation.period.order", List.of(),
					"must not be before the start of the period"));
			return null;
		}
		if (!period.withinSupportedYears()) {
			problems.add(new Problem("periodStart", "market.validation.period.years",
					List.of(MarketReportPeriod.MIN_YEAR, MarketReportPeriod.MAX_YEAR), "must lie between the years "
							+ MarketReportPeriod.MIN_YEAR + " and " + MarketReportPeriod.MAX_YEAR));
			return null;
		}
		return period;
	}

	private static String currency(MarketReportForm form, List<Problem> problems) {
		String code = trimmed(form.currency());
		if (code == null) {
			return form.marketSize() == null ? null : DEFAULT_CURRENCY;
		}
		code = code.toUpperCase(Locale.ROOT);
		try {
			Currency.getInstance(code);
			return code;
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem("currency", "market.validation.currency.unknown", List.of(code),
					"is not an ISO 4217 currency code such as CNY or USD"));
			return null;
		}
	}

	/**
	 * Empty rows are dropped; the others need a name (once per report) and a share, and
	 * the shares may add up to 100% at most.
	 */
	private static List<Competitor> competitors(List<CompetitorForm> rows, List<Problem> problems) {
		List<Competitor> competitors = new ArrayList<>();
		Set<String> names = new HashSet<>();
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < rows.size(); i++) {
			CompetitorForm row = rows.get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			String field = "competitors[" + i + "].";
			String name = trimmed(row.name());
			if (name == null) {
				problems.add(new Problem(field + "name", "market.validation.competitor.name", List.of(),
						"must not be blank"));
			}
			else if (!names.add(name.toLowerCase(Locale.ROOT))) {
				problems.add(new Problem(field + "name", "market.validation.competitor.duplicate", List.of(name),
						"is listed twice"));
			}
			if (row.share() == null) {
				problems.add(new Problem(field + "share", "market.validation.competitor.share", List.of(),
						"is required: the competitor's market share in percent"));
			}
			else {
				total = total.add(row.share());
			}
			competitors.add(new Competitor(name, row.share(), trimmed(row.notes())));
		}
		if (total.compareTo(HUNDRED) > 0) {
			String sum = total.stripTrailingZeros().toPlainString();
			problems.add(new Problem("competitors", "market.validation.shares.total", List.of(sum),
					"the market shares add up to " + sum + "%, more than 100%"));
		}
		return competitors;
	}

	/**
	 * The accounts to link: each must exist and be readable by the user, who must not
	 * learn anything about the others.
	 */
	private List<Long> checkedLinks(MarketReportForm form, CurrentUser user) {
		List<Long> ids = form.linkedIds().stream().filter(Objects::nonNull).distinct().toList();
		Set<Long> live = reports.liveAccounts(ids);
		Set<Long> readable = reports.readableAccounts(ids, readable(user));
		List<Problem> problems = new ArrayList<>();
		for (Long id : ids) {
			if (!live.contains(id)) {
				problems.add(new Problem("accountIds", "market.validation.account.unknown", List.of(String.valueOf(id)),
						"account " + id + " does not exist"));
			}
			else if (!readable.contains(id)) {
				problems.add(new Problem("accountIds", "market.validation.account.unreadable",
						List.of(String.valueOf(id)), "you may not read account " + id + ", so you cannot link it"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return ids;
	}

	// --- assembling what readers see ---

	private List<MarketReport> assemble(List<ReportRow> rows, CurrentUser user) {
		List<Long> ids = rows.stream().map(ReportRow::id).toList();
		Map<Long, List<Competitor>> competitors = reports.competitors(ids);
		Map<Long, List<LinkedAccount>> visible = reports.visibleAccounts(ids, readable(user));
		Map<Long, Integer> counts = reports.linkCounts(ids);
		return rows.stream().map(row -> {
			List<Competitor> rivals = competitors.getOrDefault(row.id(), List.of());
			List<LinkedAccount> seen = visible.getOrDefault(row.id(), List.of());
			int hidden = Math.max(0, counts.getOrDefault(row.id(), 0) - seen.size());
			return new MarketReport(row.id(), row.title(), row.industry(), row.province(), row.city(),
					row.periodStart(), row.periodEnd(),
					new MarketReportPeriod(row.periodStart(), row.periodEnd()).label(), row.marketSize(),
					row.currency(), row.growthRate(), rivals, MarketReports.othersShare(rivals), row.demandNotes(),
					seen.stream().map(LinkedAccount::id).toList(), seen, hidden, row.createdBy(), row.updatedBy(),
					row.createdAt(), row.updatedAt(), row.version());
		}).toList();
	}

	private SqlCondition readable(CurrentUser user) {
		return accountPolicy.readable(user, "a.owner_id");
	}

	private static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
