package org.kam.devplan.demo;

import java.math.BigDecimal;
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
import org.kam.devplan.domain.Attitude;
import org.kam.devplan.domain.DevelopmentPlan;
import org.kam.devplan.domain.DevelopmentPlans;
import org.kam.devplan.domain.Influence;
import org.kam.devplan.domain.Milestone;
import org.kam.devplan.domain.MilestoneStatus;
import org.kam.devplan.domain.Stakeholder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo development plans: one for about four in five cooperating tier-A and tier-B
 * accounts, with three to five milestones and one to three stakeholders from the
 * account's contacts.
 */
@Component
class DevelopmentPlanDemoFiller implements DemoFiller {

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

	private final DevelopmentPlans plans;

	private final String currency;

	DevelopmentPlanDemoFiller(DevelopmentPlans plans, @Value("${kam.default-currency:CNY}") String currency) {
		this.plans = plans;
		this.currency = currency;
	}

	@Override
	public String kind() {
		return "development-plans";
	}

	@Override
	public long fill(List<DemoAccountRef> accounts, DemoContext context) {
		LocalDate today = context.now().toLocalDate();
		List<DevelopmentPlan> rows = new ArrayList<>();
		Map<Long, Long> owners = new HashMap<>();
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
			List<Milestone> ms = new ArrayList<>();
			int done = 0;
			for (int i = 0; i < count; i++) {
				LocalDate due = start.plusDays((long) (i + 1) * 365 / (count + 1));
				String status = due.isBefore(today) ? (random.nextInt(6) == 0 ? "MISSED" : "DONE")
						: due.isBefore(today.plusDays(45)) ? "IN_PROGRESS" : "PLANNED";
				if ("DONE".equals(status)) {
					done++;
				}
				ms.add(new Milestone(MILESTONES[(i + random.nextInt(MILESTONES.length)) % MILESTONES.length], due,
						MilestoneStatus.valueOf(status)));
			}
			List<Long> contacts = new ArrayList<>(account.contactIds());
			List<Stakeholder> ss = new ArrayList<>();
			int people = Math.min(contacts.size(), 1 + random.nextInt(3));
			for (int i = 0; i < people; i++) {
				long contact = contacts.remove(random.nextInt(contacts.size()));
				ss.add(new Stakeholder(contact, null, Influence.valueOf(INFLUENCE[random.nextInt(INFLUENCE.length)]),
						Attitude.valueOf(ATTITUDE[Math.min(random.nextInt(6), ATTITUDE.length - 1)]),
						MOVES[random.nextInt(MOVES.length)]));
			}
			BigDecimal target = BigDecimal
				.valueOf(("A".equals(account.tier()) ? 2_000_000L : 500_000L) + random.nextInt(40) * 100_000L);
			OffsetDateTime created = context.now().minusDays(1 + random.nextInt(60));
			owners.put(account.id(), account.ownerId());
			rows.add(new DevelopmentPlan(0, account.id(), start, end,
					TITLES[random.nextInt(TITLES.length)] + " " + start.getYear(), GOALS[random.nextInt(GOALS.length)],
					target, currency, PRODUCT_LINES[random.nextInt(PRODUCT_LINES.length)],
					COOPERATION[random.nextInt(COOPERATION.length)], done * 100 / count, ms, ss, created,
					created.plusDays(random.nextInt(30)), 0));
		}
		return plans.insertAll(rows, plan -> owners.get(plan.accountId()));
	}

}
