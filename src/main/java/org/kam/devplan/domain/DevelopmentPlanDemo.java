package org.kam.devplan.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.kam.dataops.DemoAccountRef;
import org.kam.dataops.DemoContext;
import org.kam.dataops.DemoFiller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo development plans: one for about four in five cooperating tier-A and tier-B
 * accounts, with three to five milestones and one to three stakeholders from the
 * account's contacts.
 */
@Component
class DevelopmentPlanDemo implements DemoFiller {

	private static final String[] TITLES = { "年度客户发展计划", "重点客户深耕计划", "份额提升计划", "战略合作深化计划" };

	private static final String[] GOALS = { "提升钱包份额至30%，巩固首选供应商地位", "扩大在华东区域工厂的覆盖", "建立高层互访机制，推动长期框架协议",
			"导入新产品线并完成试点验证" };

	private static final String[] PRODUCT_LINES = { "智能传感器", "工业网关", "节能驱动器", "云端运维服务", "备件包年服务" };

	private static final String[] COOPERATION = { "联合市场推广与技术交流会", "定期业务回顾与联合预测", "共建示范产线", "供应链协同与VMI库存" };

	private static final String[] MILESTONES = { "完成需求调研", "高层拜访", "技术方案评审", "试点项目启动", "试点验收", "框架协议签署", "培训交付",
			"季度业务回顾" };

	private static final String[] INFLUENCE = { "HIGH", "MEDIUM", "LOW" };

	private static final String[] ATTITUDE = { "CHAMPION", "SUPPORTER", "NEUTRAL", "SKEPTIC", "OPPONENT" };

	private static final String[] MOVES = { "安排技术交流", "邀请参观示范工厂", "提供竞品对比资料", "季度拜访", "解决上次投诉的遗留问题" };

	private final JdbcTemplate jdbc;

	private final JdbcClient client;

	private final String currency;

	DevelopmentPlanDemo(JdbcTemplate jdbc, JdbcClient client, @Value("${kam.default-currency:CNY}") String currency) {
		this.jdbc = jdbc;
		this.client = client;
		this.currency = currency;
	}

	@Override
	public String kind() {
		return "development-plans";
	}

	@Override
	public long fill(List<DemoAccountRef> accounts, DemoContext context) {
		LocalDate today = context.now().toLocalDate();
		List<Object[]> plans = new ArrayList<>();
		Map<Long, List<Object[]>> milestones = new HashMap<>();
		Map<Long, List<Object[]>> stakeholders = new HashMap<>();
		for (DemoAccountRef account : accounts) {
			if (!"COOPERATING".equals(account.status())
					|| !("A".equals(account.tier()) || "B".equals(account.tier()))) {
				continue;
			}
			SplittableRandom random = context.random(kind(), account.id());
			if (random.nextInt(5) == 0) {
				continue;
			}
			LocalDate start = today.withDayOfYear(1);
			LocalDate end = start.plusYears(1).minusDays(1);
			int count = 3 + random.nextInt(3);
			List<Object[]> ms = new ArrayList<>();
			int done = 0;
			LocalDate nextDue = null;
			for (int i = 0; i < count; i++) {
				LocalDate due = start.plusDays((long) (i + 1) * 365 / (count + 1));
				String status = due.isBefore(today) ? (random.nextInt(6) == 0 ? "MISSED" : "DONE")
						: due.isBefore(today.plusDays(45)) ? "IN_PROGRESS" : "PLANNED";
				if ("DONE".equals(status)) {
					done++;
				}
				else if (!"MISSED".equals(status) && nextDue == null) {
					nextDue = due;
				}
				ms.add(new Object[] { i, MILESTONES[(i + random.nextInt(MILESTONES.length)) % MILESTONES.length],
						Date.valueOf(due), status });
			}
			List<Long> contacts = new ArrayList<>(account.contactIds());
			List<Object[]> ss = new ArrayList<>();
			int people = Math.min(contacts.size(), 1 + random.nextInt(3));
			for (int i = 0; i < people; i++) {
				long contact = contacts.remove(random.nextInt(contacts.size()));
				ss.add(new Object[] { i, contact, INFLUENCE[random.nextInt(INFLUENCE.length)],
						ATTITUDE[Math.min(random.nextInt(6), ATTITUDE.length - 1)],
						MOVES[random.nextInt(MOVES.length)] });
			}
			milestones.put(account.id(), ms);
			stakeholders.put(account.id(), ss);
			BigDecimal target = BigDecimal
				.valueOf(("A".equals(account.tier()) ? 2_000_000L : 500_000L) + random.nextInt(40) * 100_000L);
			OffsetDateTime created = context.now().minusDays(1 + random.nextInt(60));
			Long by = account.ownerId();
			plans.add(new Object[] { account.id(), Date.valueOf(start), Date.valueOf(end),
					TITLES[random.nextInt(TITLES.length)] + " " + start.getYear(), GOALS[random.nextInt(GOALS.length)],
					target, currency, PRODUCT_LINES[random.nextInt(PRODUCT_LINES.length)],
					COOPERATION[random.nextInt(COOPERATION.length)], done * 100 / count,
					nextDue == null ? null : Date.valueOf(nextDue), created, created.plusDays(random.nextInt(30)), by,
					by });
		}
		if (plans.isEmpty()) {
			return 0;
		}
		jdbc.batchUpdate("""
				insert into development_plan (account_id, period_start, period_end, title, goals, revenue_target,
				  currency, new_product_lines, cooperation, progress, next_milestone_due, created_at, updated_at,
				  created_by, updated_by, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", plans);
		// one demo plan per account: their ids by account
		Map<Long, Long> planIds = new HashMap<>();
		client.sql("select id, account_id from development_plan where account_id in (:ids) and deleted_at is null")
			.param("ids", new ArrayList<>(milestones.keySet()))
			.query(rs -> {
				planIds.put(rs.getLong("account_id"), rs.getLong("id"));
			});
		List<Object[]> milestoneRows = new ArrayList<>();
		List<Object[]> stakeholderRows = new ArrayList<>();
		for (Map.Entry<Long, Long> e : planIds.entrySet()) {
			for (Object[] m : milestones.get(e.getKey())) {
				milestoneRows.add(new Object[] { e.getValue(), m[0], m[1], m[2], m[3] });
			}
			for (Object[] s : stakeholders.get(e.getKey())) {
				stakeholderRows.add(new Object[] { e.getValue(), s[0], s[1], s[2], s[3], s[4] });
			}
		}
		jdbc.batchUpdate("""
				insert into development_plan_milestone (plan_id, position, title, due_on, status)
				values (?, ?, ?, ?, ?)""", milestoneRows);
		if (!stakeholderRows.isEmpty()) {
			jdbc.batchUpdate("""
					insert into development_plan_stakeholder (plan_id, position, contact_id, influence, attitude,
					  next_move)
					values (?, ?, ?, ?, ?, ?)""", stakeholderRows);
		}
		return plans.size() + milestoneRows.size() + stakeholderRows.size();
	}

}
