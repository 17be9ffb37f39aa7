package org.kam.dataops;

import java.util.List;
import java.util.SplittableRandom;

/**
 * An industry as stored in {@code account.industry}, with the words company names in it
 * use: {@code zh} after the trade name (华信<b>科技</b>), {@code en} likewise, and a short
 * {@code domain} word for web sites and e-mail addresses.
 */
record Industry(String name, List<String> zh, List<String> en, String domain, int weight) {

	static final List<Industry> ALL = List.of(
			new Industry("制造业", List.of("机械", "精密制造", "装备", "模具"), List.of("Machinery", "Manufacturing"), "mfg", 16),
			new Industry("信息技术", List.of("科技", "信息技术", "软件", "网络科技", "数据科技"),
					List.of("Technology", "Software", "Digital"), "tech", 16),
			new Industry("金融", List.of("投资", "融资租赁", "资产管理"), List.of("Capital", "Investment"), "capital", 6),
			new Industry("零售", List.of("商贸", "百货", "超市"), List.of("Retail", "Trading"), "retail", 9),
			new Industry("医药", List.of("医药", "生物科技", "医疗器械"), List.of("Pharmaceuticals", "Biotech", "Medical"),
					"pharma", 7),
			new Industry("能源", List.of("能源", "新能源", "电力"), List.of("Energy", "Power"), "energy", 5),
			new Industry("物流", List.of("物流", "供应链", "货运代理"), List.of("Logistics", "Supply Chain", "Freight"),
					"logistics", 8),
			new Industry("教育", List.of("教育科技", "培训", "文化传播"), List.of("Education", "Learning"), "edu", 4),
			new Industry("建筑", List.of("建设工程", "建筑", "装饰工程"), List.of("Construction", "Engineering"), "build", 7),
			new Industry("汽车", List.of("汽车零部件", "汽车销售服务", "汽车电子"), List.of("Automotive", "Auto Parts"), "auto", 6),
			new Industry("化工", List.of("化工", "新材料", "涂料"), List.of("Chemicals", "Materials"), "chem", 5),
			new Industry("食品饮料", List.of("食品", "饮品", "农产品"), List.of("Foods", "Beverages"), "food", 5),
			new Industry("电子", List.of("电子", "光电", "半导体"), List.of("Electronics", "Semiconductor"), "elec", 7),
			new Industry("通信", List.of("通信", "通讯设备"), List.of("Telecom", "Communications"), "telecom", 3));

	private static final int[] WEIGHTS = ALL.stream().mapToInt(Industry::weight).toArray();

	static Industry pick(SplittableRandom random) {
		return ALL.get(Pick.weighted(random, WEIGHTS));
	}

}
