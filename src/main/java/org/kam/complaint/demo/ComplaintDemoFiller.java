package org.kam.complaint.demo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.kam.complaint.ComplaintCategory;
import org.kam.complaint.ComplaintChannel;
import org.kam.complaint.ComplaintKind;
import org.kam.complaint.ComplaintSeverity;
import org.kam.complaint.ComplaintStatus;
import org.kam.complaint.domain.Complaint;
import org.kam.complaint.domain.ComplaintTargets;
import org.kam.complaint.domain.Complaints;
import org.kam.dataops.DemoAccountRef;
import org.kam.dataops.DemoContext;
import org.kam.dataops.DemoFiller;
import org.springframework.stereotype.Component;

/**
 * Demo complaints over the last two years: tier-A accounts have a few, most others none
 * or one. Older ones are resolved and mostly confirmed (some late against their targets),
 * recent ones still open or in progress, and a few old ones left open (breaching).
 */
@Component
class ComplaintDemoFiller implements DemoFiller {

	private static final String KIND = ComplaintKind.KIND.key();

	private static final Duration HISTORY = Duration.ofDays(730);

	private static final Duration RECENT = Duration.ofDays(10);

	private static final String[][] DESCRIPTIONS = {
			{ "最近一批货物存在质量问题，部分产品表面划伤", "设备运行不稳定，出现频繁报警", "来料检验不合格率偏高，要求整改",
					"Several units failed incoming inspection" },
			{ "交货延迟一周，影响客户生产计划", "到货数量与订单不符，少发两箱", "物流途中包装破损", "Delivery arrived late and incomplete" },
			{ "售后工程师响应太慢，电话无人接听", "客服人员态度不佳", "现场服务未按约定时间到达", "Service engineer missed the agreed visit" },
			{ "发票金额与合同价格不一致", "重复扣款，要求退还差额", "对账单有误，账期计算错误", "Invoice does not match the agreed price" },
			{ "对合作流程有意见，希望简化审批", "希望指定专属客户经理", "培训资料不完整", "Asks for a single point of contact" } };

	private static final String[] RESOLUTIONS = { "已补发合格产品并安排质量回访", "已调整物流方案并补发货物", "更换服务工程师并承诺24小时内响应", "已开具红字发票并重新开票",
			"已与客户沟通确认并优化流程", "Replaced the goods and agreed a follow-up inspection" };

	private final Complaints complaints;

	private final ComplaintTargets targets;

	ComplaintDemoFiller(Complaints complaints, ComplaintTargets targets) {
		this.complaints = complaints;
		this.targets = targets;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public long fill(List<DemoAccountRef> accounts, DemoContext context) {
		List<Complaint> rows = new ArrayList<>();
		for (DemoAccountRef account : accounts) {
			SplittableRandom random = context.random(KIND, account.id());
			int count = count(random, account.tier());
			for (int i = 0; i < count; i++) {
				rows.add(row(account, random, context));
			}
		}
		if (!rows.isEmpty()) {
			complaints.insertAll(rows);
		}
		return rows.size();
	}

	private static int count(SplittableRandom random, String tier) {
		if ("A".equals(tier)) {
			return 1 + random.nextInt(4);
		}
		if ("B".equals(tier)) {
			return random.nextInt(3);
		}
		return random.nextInt(5) == 0 ? 1 : 0;
	}

	private Complaint row(DemoAccountRef account, SplittableRandom random, DemoContext context) {
		OffsetDateTime now = context.now();
		OffsetDateTime start = account.createdAt().isAfter(now.minus(HISTORY)) ? account.createdAt()
				: now.minus(HISTORY);
		long span = Math.max(Duration.between(start, now).toMinutes() - 60, 1);
		OffsetDateTime received = start.plusMinutes(random.nextLong(span));
		ComplaintSeverity severity = severity(random);
		ComplaintCategory category = ComplaintCategory.values()[random.nextInt(ComplaintCategory.values().length)];
		ComplaintChannel channel = ComplaintChannel.values()[random.nextInt(ComplaintChannel.values().length)];
		String[] texts = DESCRIPTIONS[category.ordinal()];
		String description = texts[random.nextInt(texts.length)];
		ComplaintTargets.Target target = targets.of(severity);
		Long owner = account.ownerId() != null ? account.ownerId()
				: context.userIds().get(random.nextInt(context.userIds().size()));

		boolean recent = received.isAfter(now.minus(RECENT));
		ComplaintStatus status = status(random, recent);
		OffsetDateTime responded = null;
		OffsetDateTime resolved = null;
		OffsetDateTime confirmedAt = null;
		OffsetDateTime closed = null;
		String resolution = null;
		boolean confirmed = false;
		// one in eight handled late: past the target, so shown as breaching
		boolean late = random.nextInt(8) == 0;
		if (status != ComplaintStatus.OPEN) {
			responded = within(received, target.response(), late, random, now);
		}
		if (status == ComplaintStatus.RESOLVED || status == ComplaintStatus.CLOSED) {
			resolved = within(received, target.resolution(), late, random, now);
			if (resolved.isBefore(responded)) {
				resolved = responded;
			}
			resolution = RESOLUTIONS[random.nextInt(RESOLUTIONS.length)];
			confirmed = status == ComplaintStatus.CLOSED || random.nextBoolean();
			if (confirmed) {
				confirmedAt = min(resolved.plusHours(2 + random.nextInt(70)), now);
			}
			if (status == ComplaintStatus.CLOSED) {
				closed = confirmedAt;
			}
		}
		return new Complaint(0, account.id(), account.name(), account.tier(), received, channel, category, severity,
				description, owner, status, responded, received.plus(target.response()),
				received.plus(target.resolution()), resolution, resolved, confirmed, confirmedAt, null, closed, false,
				received, closed != null ? closed : (resolved != null ? resolved : received), 0);
	}

	private static ComplaintSeverity severity(SplittableRandom random) {
		int r = random.nextInt(100);
		return r < 8 ? ComplaintSeverity.CRITICAL
				: r < 30 ? ComplaintSeverity.HIGH : r < 70 ? ComplaintSeverity.MEDIUM : ComplaintSeverity.LOW;
	}

	/**
	 * Recent complaints are still being handled; a few old ones were never followed up.
	 */
	private static ComplaintStatus status(SplittableRandom random, boolean recent) {
		int r = random.nextInt(100);
		if (recent) {
			return r < 40 ? ComplaintStatus.OPEN : r < 75 ? ComplaintStatus.IN_PROGRESS : ComplaintStatus.RESOLVED;
		}
		return r < 3 ? ComplaintStatus.OPEN
				: r < 6 ? ComplaintStatus.IN_PROGRESS : r < 16 ? ComplaintStatus.RESOLVED : ComplaintStatus.CLOSED;
	}

	/**
	 * A moment within the target after {@code from}, or past it when late; never after
	 * now.
	 */
	private static OffsetDateTime within(OffsetDateTime from, Duration target, boolean late, SplittableRandom random,
			OffsetDateTime now) {
		long minutes = Math.max(target.toMinutes(), 2);
		long offset = late ? minutes + 1 + random.nextLong(minutes) : 1 + random.nextLong(minutes - 1);
		return min(from.plusMinutes(offset), now);
	}

	private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
		return a.isBefore(b) ? a : b;
	}

}
