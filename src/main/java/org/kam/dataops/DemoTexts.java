package org.kam.dataops;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.kam.account.DecisionRole;

/**
 * The free text of demo accounts and contacts: titles, needs, preferences, tags,
 * addresses.
 */
final class DemoTexts {

	private static final String[] TAGS = { "战略客户", "重点跟进", "老客户", "新签约", "招投标", "价格敏感", "服务敏感", "国有企业", "外资企业", "上市公司",
			"渠道伙伴", "年度框架", "续约在即", "高潜力", "转介绍" };

	private static final String[] SYSTEMS_ZH = { "ERP系统", "仓储管理系统", "CRM系统", "生产线自动化", "数据中心", "供应链平台", "财务共享中心" };

	private static final String[] SYSTEMS_EN = { "ERP", "warehouse management", "CRM", "production line automation",
			"data centre", "supply chain platform" };

	private static final String[] PREFERENCES_ZH = { "偏好季度业务回顾会议", "付款周期要求60天", "要求专属客户经理", "重视本地化服务团队", "倾向框架协议加按需下单",
			"决策流程长，需提前准备招标材料", "重视案例与同行口碑" };

	private static final String[] PREFERENCES_EN = { "Prefers quarterly business reviews",
			"Asks for 60-day payment terms", "Wants a dedicated account manager", "Values a local service team",
			"Buys on a framework agreement" };

	private static final String[] CONTACT_PREFERENCES_ZH = { "偏好微信沟通", "上午不方便接电话", "喜欢喝茶", "关注技术细节", "重视售后响应速度",
			"每月初较忙，避免打扰", "喜欢打羽毛球", "邮件沟通为主" };

	private static final String[] CONTACT_PREFERENCES_EN = { "Prefers e-mail", "Likes early meetings", "Plays golf",
			"Detail-oriented, send specs in advance", "Busy at month end" };

	private static final String[] ROADS = { "人民路", "中山路", "建设大道", "科技园路", "解放路", "长江路", "世纪大道", "高新大道", "工业园路",
			"滨海大道" };

	private static final String[] MOBILE_PREFIXES = { "138", "139", "136", "135", "137", "158", "159", "186", "185",
			"188", "189", "177", "133", "152", "150", "180", "199" };

	/** Titles by decision role, in the order of the switch in {@link #title}. */
	private static final String[][] ZH_TITLES = { { "董事长", "总经理", "副总经理", "采购总监", "CTO", "CIO", "财务总监" },
			{ "技术总监", "运营总监", "市场总监", "项目经理" }, { "IT经理", "工程师", "运营经理" }, { "采购经理", "行政主管", "总经理助理" },
			{ "法务经理", "财务经理" } };

	private static final String[][] EN_TITLES = { { "CEO", "General Manager", "Procurement Director", "CTO", "CFO" },
			{ "Head of Operations", "Marketing Director", "Project Manager" }, { "IT Manager", "Engineer" },
			{ "Purchasing Manager", "Office Manager", "Executive Assistant" }, { "Legal Counsel", "Finance Manager" } };

	private DemoTexts() {
	}

	static List<String> tags(SplittableRandom random) {
		int count = Pick.weighted(random, 30, 35, 25, 10);
		List<String> tags = new ArrayList<>(count);
		while (tags.size() < count) {
			String tag = Pick.one(random, TAGS);
			if (!tags.contains(tag)) {
				tags.add(tag);
			}
		}
		return tags;
	}

	static String needs(SplittableRandom random, boolean english) {
		int n = 2 + random.nextInt(30);
		int month = 1 + random.nextInt(12);
		if (english) {
			return switch (random.nextInt(3)) {
				case 0 -> "Budget of about CNY %d0,000 for a %s upgrade this year.".formatted(n * 5,
						Pick.one(random, SYSTEMS_EN));
				case 1 ->
					"Evaluating %d suppliers; decision expected by the end of month %d.".formatted(2 + n % 4, month);
				default -> "Wants one purchasing agreement for its %d branch offices.".formatted(n);
			};
		}
		return switch (random.nextInt(5)) {
			case 0 -> "计划年内完成%s升级，预算约%d万元。".formatted(Pick.one(random, SYSTEMS_ZH), n * 5);
			case 1 -> "希望缩短交付周期，目前平均%d天。".formatted(n + 7);
			case 2 -> "需要覆盖%d个分支机构的统一采购方案。".formatted(n);
			case 3 -> "关注总拥有成本，要求提供三年维保。";
			default -> "正在评估%d家供应商，%d月底前决策。".formatted(2 + n % 4, month);
		};
	}

	static String preferences(SplittableRandom random, boolean english) {
		return english ? Pick.one(random, PREFERENCES_EN) : Pick.one(random, PREFERENCES_ZH);
	}

	static String contactPreferences(SplittableRandom random, boolean english) {
		return english ? Pick.one(random, CONTACT_PREFERENCES_EN) : Pick.one(random, CONTACT_PREFERENCES_ZH);
	}

	static String notes(SplittableRandom random, int createdYear) {
		return switch (random.nextInt(3)) {
			case 0 -> createdYear + "年行业展会上结识";
			case 1 -> "由老客户转介绍";
			default -> "曾与竞争对手合作，" + (createdYear - 1 - random.nextInt(3)) + "年到期";
		};
	}

	static String address(SplittableRandom random, Region region) {
		return region.city() + Pick.one(random, ROADS) + (1 + random.nextInt(999)) + "号";
	}

	static String title(SplittableRandom random, DecisionRole role, boolean english) {
		int row = switch (role) {
			case DECISION_MAKER -> 0;
			case INFLUENCER -> 1;
			case USER -> 2;
			case GATEKEEPER -> 3;
			case OTHER -> 4;
		};
		return Pick.one(random, (english ? EN_TITLES : ZH_TITLES)[row]);
	}

	/** A mobile number of one of the big three carriers' prefixes. */
	static String mobile(SplittableRandom random) {
		// 1xxxxxxxx then drop the 1: eight digits with their leading zeros, cheaper than
		// String.format
		return Pick.one(random, MOBILE_PREFIXES)
				+ Integer.toString(100_000_000 + random.nextInt(100_000_000)).substring(1);
	}

}
