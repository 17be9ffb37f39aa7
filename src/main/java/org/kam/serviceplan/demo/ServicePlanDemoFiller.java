package org.kam.serviceplan.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.kam.dataops.DemoAccountRef;
import org.kam.dataops.DemoContext;
import org.kam.dataops.DemoFiller;
import org.kam.serviceplan.domain.Recurrence;
import org.kam.serviceplan.domain.ServiceMethod;
import org.kam.serviceplan.domain.ServicePlan;
import org.kam.serviceplan.domain.ServicePlanStatus;
import org.kam.serviceplan.domain.ServicePlans;
import org.springframework.stereotype.Component;

/**
 * Demo service plans: two to four per cooperating account (more for tier A), half of them
 * recurring, about one in eight overdue.
 */
@Component
class ServicePlanDemoFiller implements DemoFiller {

	private static final String[] SERVICES = { "季度业务回顾会议", "设备巡检与保养", "年度合同续约沟通", "新产品培训", "满意度回访电话", "系统升级上门服务",
			"技术支持热线回访", "备件库存核对", "账期与对账确认", "重点决策人拜访" };

	private static final String[] METHODS = { "PHONE", "EMAIL", "ON_SITE", "OTHER" };

	private static final Recurrence[] RECURRING = { Recurrence.WEEKLY, Recurrence.MONTHLY, Recurrence.QUARTERLY,
			Recurrence.YEARLY };

	private final ServicePlans plans;

	ServicePlanDemoFiller(ServicePlans plans) {
		this.plans = plans;
	}

	@Override
	public String kind() {
		return "service-plans";
	}

	@Override
	public long fill(List<DemoAccountRef> accounts, DemoContext context) {
		List<ServicePlan> rows = new ArrayList<>();
		LocalDate today = context.now().toLocalDate();
		for (DemoAccountRef account : accounts) {
			if (!"COOPERATING".equals(account.status())) {
				continue;
			}
			SplittableRandom random = context.random(kind(), account.id());
			int count = 2 + random.nextInt("A".equals(account.tier()) ? 3 : 2);
			for (int i = 0; i < count; i++) {
				rows.add(row(account, context, today, random));
			}
		}
		if (!rows.isEmpty()) {
			plans.insertAll(rows);
		}
		return rows.size();
	}

	private static ServicePlan row(DemoAccountRef account, DemoContext context, LocalDate today,
			SplittableRandom random) {
		long responsible = account.ownerId() != null ? account.ownerId()
				: context.userIds().get(random.nextInt(context.userIds().size()));
		String service = SERVICES[random.nextInt(SERVICES.length)];
		String method = METHODS[Math.min(3, random.nextInt(5) % 4)];
		boolean overdue = random.nextInt(8) == 0;
		String status = overdue ? "PLANNED" : switch (random.nextInt(10)) {
			case 0, 1 -> "DONE";
			case 2 -> "IN_PROGRESS";
			case 3 -> "CANCELLED";
			default -> "PLANNED";
		};
		LocalDate dueOn = null;
		LocalDate startsOn = null;
		LocalDate nextDueOn;
		LocalDate lastDoneOn = null;
		Recurrence recurrence = random.nextBoolean() ? RECURRING[random.nextInt(RECURRING.length)] : Recurrence.NONE;
		if (recurrence == Recurrence.NONE) {
			dueOn = overdue ? today.minusDays(1 + random.nextInt(30)) : "DONE".equals(status)
					? today.minusDays(1 + random.nextInt(180)) : today.plusDays(random.nextInt(60));
			nextDueOn = dueOn;
		}
		else {
			startsOn = today.minusDays(30 + random.nextInt(300));
			// the last date before today is still open when the plan is overdue
			LocalDate latest = lastBefore(recurrence, startsOn, today);
			lastDoneOn = overdue ? lastBefore(recurrence, startsOn, latest) : latest;
			nextDueOn = recurrence.firstAfter(startsOn, lastDoneOn);
			if ("DONE".equals(status)) {
				status = "PLANNED";
			}
		}
		OffsetDateTime created = context.now().minusDays(30 + random.nextInt(300));
		OffsetDateTime updated = created.plusDays(random.nextInt(30));
		return new ServicePlan(0, account.id(), account.name(), service, ServiceMethod.valueOf(method), responsible,
				ServicePlanStatus.valueOf(status), recurrence, dueOn, startsOn, null, nextDueOn, lastDoneOn, false,
				created, updated, 0);
	}

	/** The last occurrence before {@code date}, or null when the series starts later. */
	private static LocalDate lastBefore(Recurrence recurrence, LocalDate first, LocalDate date) {
		LocalDate last = null;
		for (long n = 0;; n++) {
			LocalDate occurrence = recurrence.occurrence(first, n);
			if (!occurrence.isBefore(date)) {
				return last;
			}
			last = occurrence;
		}
	}

}
