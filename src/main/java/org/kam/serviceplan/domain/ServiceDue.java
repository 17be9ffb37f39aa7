package org.kam.serviceplan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One date a service falls due: the due date of a one-off plan, or an occurrence of a
 * series, with where that occurrence stands.
 *
 * @param status a series' occurrences up to its last completed one are done; the open one
 * has the plan's status, later ones are planned; a plan closed as a whole (done or
 * cancelled) gives its status to the occurrences it did not complete
 */
record ServiceDue(ServicePlan plan, LocalDate dueOn, ServicePlanStatus status) {

	/** The plan's dates in [{@code from}, {@code to}), earliest first. */
	static List<ServiceDue> of(ServicePlan plan, LocalDate from, LocalDate to) {
		List<ServiceDue> dues = new ArrayList<>();
		if (!plan.recurring()) {
			if (plan.dueOn() != null && !plan.dueOn().isBefore(from) && plan.dueOn().isBefore(to)) {
				dues.add(new ServiceDue(plan, plan.dueOn(), plan.status()));
			}
			return dues;
		}
		LocalDate date = plan.recurrence().firstAfter(plan.startsOn(), from.minusDays(1));
		while (date.isBefore(to) && (plan.endsOn() == null || !date.isAfter(plan.endsOn()))) {
			dues.add(new ServiceDue(plan, date, statusOf(plan, date)));
			date = plan.recurrence().firstAfter(plan.startsOn(), date);
		}
		return dues;
	}

	private static ServicePlanStatus statusOf(ServicePlan plan, LocalDate date) {
		if (plan.lastDoneOn() != null && !date.isAfter(plan.lastDoneOn())) {
			return ServicePlanStatus.DONE;
		}
		if (!plan.status().open() || date.equals(plan.nextDueOn())) {
			return plan.status();
		}
		return ServicePlanStatus.PLANNED;
	}

	boolean open() {
		return status.open();
	}

	/** Open and due before {@code cutoff}. */
	boolean overdueAt(LocalDate cutoff) {
		return open() && dueOn.isBefore(cutoff);
	}

}
