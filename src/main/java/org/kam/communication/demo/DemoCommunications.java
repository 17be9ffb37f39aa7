package org.kam.communication.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.kam.communication.Channel;
import org.kam.communication.CommunicationKind;
import org.kam.dataops.DemoAccountRef;
import org.kam.dataops.DemoContext;

/**
 * Invents an account's communications of the last two years: more for tier A, with the
 * account's contacts and owner taking part, next steps done once due for three weeks
 * (some of the last weeks still open) and, for a good share of accounts, one open next
 * step of the owner due around today. Pure and deterministic: the same seed, day and
 * account give the same rows.
 */
final class DemoCommunications {

	static final String KIND = CommunicationKind.KIND.key();

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final Duration HISTORY = Duration.ofDays(730);

	/** No demo next step stays open longer than this after its due date. */
	static final int OPEN_FOR_AT_MOST_DAYS = 21;

	private static final Channel[] CHANNELS = Channel.values();

	/**
	 * Weights in the order of {@link Channel}: phone, e-mail, meeting, visit, WeChat,
	 * other.
	 */
	private static final int[] CHANNEL_WEIGHTS = { 30, 18, 14, 14, 22, 2 };

	private static final String[] SUBJECTS = { "季度业务回顾", "报价沟通", "技术方案交流", "合同续签洽谈", "售后问题跟进", "新品介绍", "年度采购计划沟通",
			"交付进度确认", "付款安排沟通", "客户满意度回访", "招投标准备", "高层拜访", "培训需求沟通", "竞品情况了解" };

	private static final String[] CONTENTS = { "客户介绍了今年的采购预算和时间安排，关注交付周期和售后响应。", "双方就报价明细逐项确认，客户希望在总价上再优惠一些。",
			"演示了新版本功能，客户技术团队提出了接口对接的问题。", "客户反馈上月交付的一批货物有少量破损，需要尽快补发。", "讨论了明年框架协议的续签条件和服务水平要求。",
			"客户计划扩建新厂区，询问整体解决方案和实施周期。", "了解到竞争对手近期也在接触客户，报价更低但交付慢。", "客户财务部门确认了付款流程，需补充发票信息。" };

	private static final String[] OUTCOMES = { "客户认可方案，进入内部审批。", "需要补充资料后再议。", "客户同意安排下一次技术交流。", "问题已记录，承诺三个工作日内答复。",
			"报价待客户内部比价后确认。", "客户满意，愿意推荐给同行。", "暂无明确采购意向，保持联系。" };

	private static final String[] NEXT_STEPS = { "发送修订后的报价单", "安排技术团队上门调研", "提交合同草案给法务审核", "跟进补发货物的物流情况", "预约客户高层拜访",
			"整理会议纪要并邮件确认", "准备产品演示环境", "确认付款到账情况" };

	private DemoCommunications() {
	}

	/** One communication to write, with its participants. */
	record Row(long accountId, Channel channel, OffsetDateTime occurredAt, String subject, String content,
			String outcome, String nextStep, LocalDate nextStepDue, Long nextStepOwnerId, boolean nextStepDone,
			Long createdBy, List<Long> userIds, List<Long> contactIds) {
	}

	static List<Row> of(DemoAccountRef account, DemoContext context) {
		SplittableRandom random = context.random(KIND, account.id());
		int count = switch (account.tier() == null ? "" : account.tier()) {
			case "A" -> 8 + random.nextInt(7);
			case "B" -> 3 + random.nextInt(5);
			case "C" -> 1 + random.nextInt(4);
			default -> random.nextInt(4);
		};
		OffsetDateTime now = context.now();
		LocalDate today = now.atZoneSameInstant(SHANGHAI).toLocalDate();
		OffsetDateTime start = now.minus(HISTORY);
		if (account.createdAt() != null && account.createdAt().isAfter(start)) {
			start = account.createdAt();
		}
		if (start.isAfter(now.minusDays(1))) {
			start = now.minusDays(1);
		}
		long window = Math.max(1, Duration.between(start, now).toMinutes());
		List<OffsetDateTime> times = new ArrayList<>();
		Set<OffsetDateTime> seen = new HashSet<>();
		for (int i = 0; i < count; i++) {
			OffsetDateTime time = workingHours(start.plusMinutes(random.nextLong(window)), random);
			// office hours may move the time out of the window by up to a day
			if (time.isBefore(start)) {
				time = time.plusDays(1);
			}
			if (time.isAfter(now)) {
				time = time.minusDays(1);
			}
			if (time.isBefore(start)) {
				time = start.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
			}
			if (seen.add(time)) {
				times.add(time);
			}
		}
		times.sort(null);
		Long owner = account.ownerId();
		List<Row> rows = new ArrayList<>(times.size());
		for (int i = 0; i < times.size(); i++) {
			OffsetDateTime at = times.get(i);
			boolean latest = i == times.size() - 1;
			String nextStep = null;
			LocalDate due = null;
			Long stepOwner = null;
			boolean done = false;
			Long responsible = owner != null ? owner : pick(random, context.userIds());
			if (latest && owner != null && random.nextInt(100) < 40) {
				nextStep = pick(random, NEXT_STEPS);
				due = today.plusDays(random.nextInt(18) - 7);
				stepOwner = owner;
			}
			else if (responsible != null && random.nextInt(100) < 35) {
				nextStep = pick(random, NEXT_STEPS);
				due = at.atZoneSameInstant(SHANGHAI).toLocalDate().plusDays(3 + random.nextInt(19));
				stepOwner = responsible;
				// a live team: what fell due weeks ago is done; only the last weeks leave
				// some open
				done = due.isBefore(today.minusDays(OPEN_FOR_AT_MOST_DAYS))
						|| (due.isBefore(today) && random.nextInt(100) < 80);
			}
			rows.add(new Row(account.id(), channel(random), at, pick(random, SUBJECTS), pick(random, CONTENTS),
					pick(random, OUTCOMES), nextStep, due, stepOwner, done, owner, users(owner, random, context),
					contacts(account.contactIds(), random)));
		}
		return rows;
	}

	private static OffsetDateTime workingHours(OffsetDateTime time, SplittableRandom random) {
		return time.atZoneSameInstant(SHANGHAI)
			.withHour(9 + random.nextInt(9))
			.withMinute(random.nextInt(12) * 5)
			.withSecond(0)
			.withNano(0)
			.toOffsetDateTime()
			.withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static Channel channel(SplittableRandom random) {
		int n = random.nextInt(100);
		for (int i = 0; i < CHANNEL_WEIGHTS.length; i++) {
			n -= CHANNEL_WEIGHTS[i];
			if (n < 0) {
				return CHANNELS[i];
			}
		}
		return Channel.OTHER;
	}

	private static List<Long> users(Long owner, SplittableRandom random, DemoContext context) {
		List<Long> users = new ArrayList<>(2);
		if (owner != null) {
			users.add(owner);
		}
		if (!context.userIds().isEmpty() && (owner == null || random.nextInt(100) < 15)) {
			Long colleague = pick(random, context.userIds());
			if (!users.contains(colleague)) {
				users.add(colleague);
			}
		}
		return users;
	}

	private static List<Long> contacts(List<Long> contactIds, SplittableRandom random) {
		if (contactIds.isEmpty()) {
			return List.of();
		}
		List<Long> chosen = new ArrayList<>(2);
		chosen.add(pick(random, contactIds));
		if (contactIds.size() > 1 && random.nextInt(100) < 35) {
			Long second = pick(random, contactIds);
			if (!chosen.contains(second)) {
				chosen.add(second);
			}
		}
		return chosen;
	}

	private static <T> T pick(SplittableRandom random, List<T> values) {
		return values.isEmpty() ? null : values.get(random.nextInt(values.size()));
	}

	private static <T> T pick(SplittableRandom random, T[] values) {
		return values[random.nextInt(values.length)];
	}

}
