package org.kam.contract.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.kam.contract.ContractKind;
import org.kam.contract.ContractStatus;
import org.kam.contract.ContractType;
import org.kam.contract.domain.Contract;
import org.kam.contract.domain.Contracts;
import org.kam.dataops.DemoAccountRef;
import org.kam.dataops.DemoContext;
import org.kam.dataops.DemoFiller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo contracts: none to three per account, more for tier-A and cooperating accounts,
 * with numbers such as HT-2025-0001231, dates that fit together (signed, then started,
 * then ended) and a status that fits the dates; a share of the active ones ends within 60
 * days so that the expiring list has something to show. No attachment files.
 */
@Component
class ContractDemoFiller implements DemoFiller {

	static final String KIND = ContractKind.KIND.key();

	private static final String OUR_COMPANY = "本公司（KAM 示例）";

	private static final String[] PAYMENT = { "合同签订后30日内支付30%预付款，验收合格后30日内支付余款。", "月结30天，凭增值税专用发票付款。",
			"按季度结算，发票开具后45日内付款。", "分三期付款：签约40%，交付40%，验收20%。", "货到验收合格后60日内一次性付清。" };

	private static final String[] SERVICE_LEVEL = { "7×24小时响应，重大故障4小时内到场，8小时内恢复。", "工作日5×8小时支持，2小时内响应，次日解决。",
			"每季度上门巡检一次，年度可用性不低于99.9%。", "专属客户经理对接，投诉24小时内反馈处理结果。" };

	private static final String[] CONFIDENTIALITY = { "双方对合作中知悉的商业秘密负有保密义务，期限至合同终止后三年。", "未经对方书面同意，不得向第三方披露本合同内容及价格信息。",
			"保密义务永久有效，违约方赔偿由此造成的全部损失。" };

	private final Contracts contracts;

	private final ZoneId zone;

	private final String currency;

	ContractDemoFiller(Contracts contracts, ZoneId zone, @Value("${kam.default-currency:CNY}") String currency) {
		this.contracts = contracts;
		this.zone = zone;
		this.currency = currency;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public long fill(List<DemoAccountRef> accounts, DemoContext context) {
		LocalDate today = context.now().atZoneSameInstant(zone).toLocalDate();
		List<Row> rows = new ArrayList<>(accounts.size() * 2);
		for (DemoAccountRef account : accounts) {
			SplittableRandom random = context.random(KIND, account.id());
			int count = count(account, random);
			for (int i = 0; i < count; i++) {
				rows.add(row(account, i, today, context.now(), random));
			}
		}
		if (rows.isEmpty()) {
			return 0;
		}
		Map<Contract, OffsetDateTime> occurredAt = new IdentityHashMap<>();
		rows.forEach(row -> occurredAt.put(row.contract(), row.occurredAt()));
		contracts.insertAll(rows.stream().map(Row::contract).toList(), occurredAt::get);
		return rows.size();
	}

	/** 0–3 contracts; a tier-A or cooperating account has one or two more. */
	private static int count(DemoAccountRef account, SplittableRandom random) {
		int count = switch (account.status() == null ? "" : account.status()) {
			case "POTENTIAL" -> random.nextInt(10) < 8 ? 0 : 1;
			case "INTENDED" -> random.nextInt(2);
			default -> random.nextInt(4);
		};
		if ("A".equals(account.tier())) {
			count += 1 + random.nextInt(2);
		}
		if ("COOPERATING".equals(account.status())) {
			count = Math.max(count, 1) + (random.nextInt(3) == 0 ? 1 : 0);
		}
		return Math.min(count, 5);
	}

	private Row row(DemoAccountRef account, int index, LocalDate today, OffsetDateTime now, SplittableRandom random) {
		ContractType type = type(index, random);
		int months = switch (type) {
			case NDA -> 24;
			case FRAMEWORK -> 36;
			case SERVICE -> 12 * (1 + random.nextInt(2));
			default -> 12;
		};
		boolean draft = ("POTENTIAL".equals(account.status()) || "INTENDED".equals(account.status()))
				&& random.nextInt(2) == 0;
		boolean expiringSoon = !draft && index == 0 && !"TERMINATED".equals(account.status()) && random.nextInt(4) == 0;
		LocalDate signed;
		LocalDate starts;
		LocalDate ends;
		if (draft) {
			signed = null;
			starts = today.plusDays(15 + random.nextInt(60));
			ends = starts.plusMonths(months).minusDays(1);
		}
		else if (expiringSoon) {
			ends = today.plusDays(1 + random.nextInt(60));
			starts = ends.plusDays(1).minusMonths(months);
			signed = starts.minusDays(random.nextInt(15));
		}
		else {
			signed = today.minusDays(random.nextInt(3 * 365));
			starts = signed.plusDays(random.nextInt(15));
			ends = starts.plusMonths(months).minusDays(1);
		}
		ContractStatus status = status(account, draft, starts, ends, today, random);
		LocalDate dated = signed == null ? today.minusDays(random.nextInt(10)) : signed;
		OffsetDateTime created = dated.atTime(9 + random.nextInt(9), random.nextInt(60))
			.atZone(zone)
			.toOffsetDateTime();
		if (created.isAfter(now)) {
			created = now;
		}
		OffsetDateTime occurred = signed == null ? created : signed.atStartOfDay(zone).toOffsetDateTime();
		int year = (signed == null ? starts : signed).getYear();
		String number = String.format(Locale.ROOT, "HT-%d-%07d", year, account.id() * 10 + index);
		String title = title(type, year, random);
		BigDecimal amount = type == ContractType.NDA ? null : amount(account, random);
		Integer notice = type == ContractType.NDA ? null : new int[] { 30, 60, 90 }[random.nextInt(3)];
		String sla = type == ContractType.SERVICE || type == ContractType.FRAMEWORK
				? SERVICE_LEVEL[random.nextInt(SERVICE_LEVEL.length)] : null;
		String payment = type == ContractType.NDA ? null : PAYMENT[random.nextInt(PAYMENT.length)];
		String secrecy = type == ContractType.NDA || random.nextInt(2) == 0
				? CONFIDENTIALITY[random.nextInt(CONFIDENTIALITY.length)] : null;
		String money = random.nextInt(20) == 0 ? "USD" : currency;
		return new Row(
				new Contract(0, account.id(), account.name(), number, title, type,
						"甲方：" + account.name() + "；乙方：" + OUR_COMPANY, signed, starts, ends, amount, money, payment,
						sla, secrecy, status, notice, created, created, account.ownerId(), account.ownerId(), 0),
				occurred);
	}

	private static ContractType type(int index, SplittableRandom random) {
		if (index == 0 && random.nextInt(3) == 0) {
			return ContractType.FRAMEWORK;
		}
		int pick = random.nextInt(10);
		if (pick < 4) {
			return ContractType.PURCHASE;
		}
		if (pick < 7) {
			return ContractType.SERVICE;
		}
		return pick < 9 ? ContractType.NDA : ContractType.OTHER;
	}

	private static ContractStatus status(DemoAccountRef account, boolean draft, LocalDate starts, LocalDate ends,
			LocalDate today, SplittableRandom random) {
		if (draft) {
			return ContractStatus.DRAFT;
		}
		if (ends.isBefore(today)) {
			return "COOPERATING".equals(account.status()) && random.nextInt(2) == 0 ? ContractStatus.RENEWED
					: ContractStatus.EXPIRED;
		}
		if ("TERMINATED".equals(account.status())) {
			return ContractStatus.TERMINATED;
		}
		return ContractStatus.ACTIVE;
	}

	private static String title(ContractType type, int year, SplittableRandom random) {
		return switch (type) {
			case FRAMEWORK -> "战略合作框架协议";
			case PURCHASE -> year + "年度" + new String[] { "产品采购合同", "设备采购合同", "原材料供货合同" }[random.nextInt(3)];
			case SERVICE -> new String[] { "技术服务合同", "运维服务合同", "咨询服务合同" }[random.nextInt(3)];
			case NDA -> "保密协议";
			case OTHER -> new String[] { "设备租赁合同", "渠道合作协议", "补充协议" }[random.nextInt(3)];
		};
	}

	/** Amounts in hundreds; a tier-A account's contracts are larger. */
	private static BigDecimal amount(DemoAccountRef account, SplittableRandom random) {
		long scale = "A".equals(account.tier()) ? 50_000 : "B".equals(account.tier()) ? 10_000 : 2_000;
		return BigDecimal.valueOf((5 + random.nextInt(95)) * scale / 100 * 100L + random.nextInt(100) * 100L);
	}

	/** A contract with the time it appears at on the account's timeline. */
	private record Row(Contract contract, OffsetDateTime occurredAt) {
	}

}
