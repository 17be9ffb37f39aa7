package org.kam.devplan.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.kam.devplan.DevelopmentPlanKind;
import org.kam.report.ReportPeriod;
import org.kam.report.ReportSection;
import org.kam.report.ReportSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The plans part of a periodic report: the plans in force during the period with their
 * progress, and their milestones due in it or still open from before. Milestones have no
 * completion date, so "done in the period" means due in the period and done now.
 */
@Component
class DevelopmentPlanReportSource implements ReportSource {

	/** Plans a report lists; an account rarely has more than a few at a time. */
	static final int PLANS_SHOWN = 20;

	private final DevelopmentPlans plans;

	private final MessageSource messages;

	private final Clock clock;

	DevelopmentPlanReportSource(DevelopmentPlans plans, MessageSource messages, Clock clock) {
		this.plans = plans;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String key() {
		return DevelopmentPlanKind.KIND.key();
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public ReportSection build(long accountId, ReportPeriod period, Locale locale) {
		LocalDate from = period.start();
		LocalDate to = period.endExclusive();
		ReportPeriod previous = period.previous();
		DevelopmentPlans.MilestoneTally now = plans.milestonesDue(accountId, from, to);
		DevelopmentPlans.MilestoneTally before = plans.milestonesDue(accountId, previous.start(),
				previous.endExclusive());
		ReportSection.Builder section = ReportSection.builder(key(), text("devplan.report.title", locale))
			.figure(text("devplan.report.milestonesDue", locale), now.due(), before.due(), null)
			.figure(text("devplan.report.milestonesDone", locale), now.done(), before.done(), null);
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		List<String> notes = new ArrayList<>();
		List<DevelopmentPlan> shown = plans.overlapping(accountId, from, to, PLANS_SHOWN);
		for (DevelopmentPlan plan : shown) {
			int progress = DevelopmentPlan.progress(plan.milestones().stream().map(Milestone::status).toList());
			section.row(plan.title(), text("devplan.report.planPeriod", locale, date.format(plan.periodStart()),
					date.format(plan.periodEnd()), progress));
		}
		if (shown.isEmpty()) {
			notes.add(text("devplan.report.noPlans", locale));
		}
		else if (shown.size() == PLANS_SHOWN) {
			long more = plans.countOverlapping(accountId, from, to) - shown.size();
			if (more > 0) {
				notes.add(text("devplan.report.morePlans", locale, more));
			}
		}
		// overdue is judged at the period's end, or today while the period still runs
		LocalDate today = LocalDate.now(clock.withZone(period.zone()));
		LocalDate cutoff = today.isBefore(to) ? today : to;
		List<Due> due = shown.stream()
			.flatMap(plan -> plan.milestones().stream().filter(m -> listed(m, from, to)).map(m -> new Due(plan, m)))
			.sorted(Comparator.comparing(d -> d.milestone().dueOn()))
			.toList();
		if (!due.isEmpty()) {
			section.table(text("devplan.report.column.plan", locale), text("devplan.milestone.title", locale),
					text("devplan.milestone.dueOn", locale), text("devplan.milestone.status", locale));
			for (Due d : due.subList(0, Math.min(due.size(), ReportSection.MAX_TABLE_ROWS))) {
				section.tableRow(d.plan().title(), d.milestone().title(), date.format(d.milestone().dueOn()),
						status(d.milestone(), cutoff, locale));
			}
			if (due.size() > ReportSection.MAX_TABLE_ROWS) {
				notes.add(text("devplan.report.moreMilestones", locale, due.size() - ReportSection.MAX_TABLE_ROWS));
			}
		}
		else if (!shown.isEmpty()) {
			notes.add(text("devplan.report.noMilestones", locale));
		}
		return section.note(notes.isEmpty() ? null : String.join(" ", notes)).build();
	}

	/** Due in the period, or due before it and still open. */
	private static boolean listed(Milestone m, LocalDate from, LocalDate to) {
		return m.dueOn() != null && m.dueOn().isBefore(to) && (!m.dueOn().isBefore(from) || open(m.status()));
	}

	private static boolean open(MilestoneStatus status) {
		return status == MilestoneStatus.PLANNED || status == MilestoneStatus.IN_PROGRESS;
	}

	private String status(Milestone m, LocalDate cutoff, Locale locale) {
		String label = text("devplan.milestoneStatus." + m.status(), locale);
		return open(m.status()) && m.dueOn().isBefore(cutoff) ? text("devplan.report.overdue", locale, label) : label;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, locale);
	}

	private record Due(DevelopmentPlan plan, Milestone milestone) {
	}

}
