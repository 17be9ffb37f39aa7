package org.kam.serviceplan.domain;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kam.identity.UserDirectory;
import org.kam.identity.UserRef;
import org.kam.report.ReportPeriod;
import org.kam.report.ReportSection;
import org.kam.report.ReportSource;
import org.kam.serviceplan.ServicePlanKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The service part of a periodic report: the services that fell due in the period (each
 * occurrence of a series counts), how many were done against the previous period, and
 * which were still open past their date at the period's end.
 */
@Component
class ServicePlanReportSource implements ReportSource {

	/**
	 * Plans read for one report, far above what an account has; the note says if reached.
	 */
	static final int PLANS_READ = 500;

	private final ServicePlans plans;

	private final UserDirectory users;

	private final MessageSource messages;

	private final Clock clock;

	ServicePlanReportSource(ServicePlans plans, UserDirectory users, MessageSource messages, Clock clock) {
		this.plans = plans;
		this.users = users;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String key() {
		return ServicePlanKind.KIND.key();
	}

	@Override
	public int order() {
		return 350;
	}

	@Override
	public ReportSection build(long accountId, ReportPeriod period, Locale locale) {
		LocalDate from = period.start();
		LocalDate to = period.endExclusive();
		LocalDate previousFrom = period.previous().start();
		LocalDate today = LocalDate.now(clock.withZone(period.zone()));
		// overdue is judged at the period's end, or today while the period still runs
		LocalDate cutoff = today.isBefore(to) ? today : to;
		List<ServicePlan> read = plans.dueBetween(accountId, previousFrom, to, PLANS_READ, today);
		List<ServiceDue> current = dues(read, from, to);
		List<ServiceDue> previous = dues(read, previousFrom, from);
		ReportSection.Builder section = ReportSection.builder(key(), text("serviceplan.report.title", locale))
			.figure(text("serviceplan.report.due", locale), planned(current), planned(previous), null)
			.figure(text("serviceplan.report.done", locale), done(current), done(previous), null)
			.row(text("serviceplan.report.overdue", locale), NumberFormat.getIntegerInstance(locale)
				.format(current.stream().filter(d -> d.overdueAt(cutoff)).count()));
		List<String> notes = new ArrayList<>();
		if (current.isEmpty()) {
			notes.add(text("serviceplan.report.nothingDue", locale));
		}
		else {
			table(section, current.subList(0, Math.min(current.size(), ReportSection.MAX_TABLE_ROWS)), cutoff, locale);
			if (current.size() > ReportSection.MAX_TABLE_ROWS) {
				notes.add(text("serviceplan.report.more", locale, current.size() - ReportSection.MAX_TABLE_ROWS));
			}
		}
		if (read.size() == PLANS_READ) {
			notes.add(text("serviceplan.report.truncated", locale, PLANS_READ));
		}
		return section.note(notes.isEmpty() ? null : String.join(" ", notes)).build();
	}

	private void table(ReportSection.Builder section, List<ServiceDue> dues, LocalDate cutoff, Locale locale) {
		Map<Long, UserRef> responsible = users
			.find(dues.stream().map(d -> d.plan().responsibleId()).distinct().toList());
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		section.table(text("serviceplan.field.service", locale), text("serviceplan.field.dueOn", locale),
				text("serviceplan.field.method", locale), text("serviceplan.field.responsible", locale),
				text("serviceplan.field.status", locale));
		for (ServiceDue due : dues) {
			UserRef user = responsible.get(due.plan().responsibleId());
			section.tableRow(due.plan().service(), date.format(due.dueOn()),
					text("serviceplan.method." + due.plan().method(), locale), user == null ? null : user.displayName(),
					due.overdueAt(cutoff) ? text("serviceplan.overdue", locale)
							: text("serviceplan.status." + due.status(), locale));
		}
	}

	/** Every due date in [from, to), earliest first. */
	private static List<ServiceDue> dues(List<ServicePlan> plans, LocalDate from, LocalDate to) {
		return plans.stream()
			.flatMap(plan -> ServiceDue.of(plan, from, to).stream())
			.sorted(Comparator.comparing(ServiceDue::dueOn).thenComparing(d -> d.plan().id()))
			.toList();
	}

	/** Due and not called off. */
	private static long planned(List<ServiceDue> dues) {
		return dues.stream().filter(d -> d.status() != ServicePlanStatus.CANCELLED).count();
	}

	private static long done(List<ServiceDue> dues) {
		return dues.stream().filter(d -> d.status() == ServicePlanStatus.DONE).count();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, locale);
	}

}
