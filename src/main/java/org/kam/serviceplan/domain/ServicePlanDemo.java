package org.kam.serviceplan.domain;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.kam.dataops.DemoAccountRef;
import org.kam.dataops.DemoContext;
import org.kam.dataops.DemoFiller;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo service plans: two to four per cooperating account (more for tier A), half of them
 * recurring, about one in eight overdue.
 */
@Component
class ServicePlanDemo implements DemoFiller {

	private static final String[] SERVICES = { "季度业务回顾会议", "设备巡检与保养", "年度合同续约沟通", "新产品培训", "满意度回访电话", "系统升级上门服务",
			"技术支持热线回访", "备件库存核对", "账期与对账确认", "重点决策人拜访" };

	private static final String[] METHODS = { "PHONE", "EMAIL", "ON_SITE", "OTHER" };

	private static final Recurrence[] RECURRING = { Recurrence.WEEKLY, Recurrence.MONTHLY, Recurrence.QUARTERLY,
			Recurrence.YEARLY };

	/** Positions of the date columns in a row (null dates need their type). */
	private static final Set<Integer> DATE_COLUMNS = Set.of(6, 7, 8, 9, 10);

	private final JdbcTemplate jdbc;

	ServicePlanDemo(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "service-plans";
	}

	@Override
	public long fill(List<DemoAccountRef> accounts, DemoContext context) {
		List<Object[]> rows = new ArrayList<>();
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
			jdbc.batchUpdate("""
					insert into service_plan (account_id, service, method, responsible_id, status, recurrence, due_on,
					  starts_on, ends_on, next_due_on, last_done_on, created_at, updated_at, created_by, updated_by,
					  version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", new BatchPreparedStatementSetter() {
				@Override
				public void setValues(PreparedStatement ps, int i) throws SQLException {
					Object[] row = rows.get(i);
					for (int c = 0; c < row.length; c++) {
						if (DATE_COLUMNS.contains(c)) {
							ps.setObject(c + 1, row[c], Types.DATE);
						}
						else {
							ps.setObject(c + 1, row[c]);
						}
					}
				}

				@Override
				public int getBatchSize() {
					return rows.size();
				}
			});
		}
		return rows.size();
	}

	private static Object[] row(DemoAccountRef account, DemoContext context, LocalDate today, SplittableRandom random) {
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
		return new Object[] { account.id(), service, method, responsible, status, recurrence.name(), dueOn, startsOn,
				null, nextDueOn, lastDoneOn, created, updated, responsible, responsible };
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
