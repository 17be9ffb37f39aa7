package org.kam.market.demo;

import java.util.List;
import java.util.Map;

/**
 * Companies that compete in each demo industry: the well-known names a market report in
 * China would list, Chinese and foreign, as they usually appear in such reports.
 */
final class DemoCompetitors {

	private static final Map<String, List<String>> BY_INDUSTRY = Map.ofEntries(
			Map.entry("制造业", List.of("三一重工", "徐工集团", "中联重科", "Siemens", "ABB", "汇川技术", "Bosch Rexroth", "海天精工")),
			Map.entry("信息技术", List.of("华为云", "阿里云", "腾讯云", "用友网络", "金蝶软件", "SAP", "Oracle", "浪潮信息", "Microsoft")),
			Map.entry("金融", List.of("平安银行", "招商银行", "中信证券", "蚂蚁集团", "HSBC", "Standard Chartered", "远东宏信")),
			Map.entry("零售", List.of("京东", "阿里巴巴", "永辉超市", "苏宁易购", "Walmart", "Costco", "盒马鲜生", "物美")),
			Map.entry("医药", List.of("恒瑞医药", "迈瑞医疗", "药明康德", "Pfizer", "Roche", "AstraZeneca", "国药控股", "复星医药")),
			Map.entry("能源", List.of("国家电网", "中国石化", "宁德时代", "隆基绿能", "Schneider Electric", "阳光电源", "通威股份")),
			Map.entry("物流", List.of("顺丰速运", "京东物流", "中通快递", "中国外运", "DHL", "Maersk", "菜鸟网络", "德邦快递")),
			Map.entry("教育", List.of("新东方", "好未来", "科大讯飞", "网易有道", "Pearson", "作业帮", "中公教育")),
			Map.entry("建筑", List.of("中国建筑", "中国中铁", "中国交建", "上海建工", "VINCI", "金螳螂", "中国电建")),
			Map.entry("汽车", List.of("比亚迪", "上汽集团", "吉利汽车", "Tesla", "Volkswagen", "Toyota", "长城汽车", "蔚来")),
			Map.entry("化工", List.of("万华化学", "BASF", "Dow", "中国中化", "荣盛石化", "恒力石化", "Covestro")),
			Map.entry("食品饮料", List.of("伊利股份", "蒙牛乳业", "农夫山泉", "Nestlé", "Coca-Cola", "海天味业", "康师傅", "贵州茅台")),
			Map.entry("电子", List.of("立讯精密", "京东方", "富士康", "Samsung Electronics", "中芯国际", "TSMC", "歌尔股份", "蓝思科技")),
			Map.entry("通信", List.of("华为", "中兴通讯", "中国移动", "Ericsson", "Nokia", "中国电信", "中国联通")));

	private static final List<String> GENERAL = List.of("华润集团", "中粮集团", "Siemens", "Honeywell", "General Electric",
			"复星国际", "海尔智家", "美的集团");

	private DemoCompetitors() {
	}

	static List<String> of(String industry) {
		return BY_INDUSTRY.getOrDefault(industry, GENERAL);
	}

}
