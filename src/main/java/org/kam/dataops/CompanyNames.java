package org.kam.dataops;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Company names in the shapes Chinese registrations take (深圳市华信科技有限公司, 华信科技（深圳）有限公司) and
 * in English ("Northwind Logistics (Shenzhen) Co., Ltd.").
 */
final class CompanyNames {

	/** Characters for trade names (字号), each with its pinyin for web domains. */
	private static final String[][] ROOT_CHARS = { { "华", "hua" }, { "信", "xin" }, { "中", "zhong" }, { "科", "ke" },
			{ "恒", "heng" }, { "达", "da" }, { "新", "xin" }, { "天", "tian" }, { "海", "hai" }, { "宏", "hong" },
			{ "远", "yuan" }, { "瑞", "rui" }, { "博", "bo" }, { "腾", "teng" }, { "联", "lian" }, { "鑫", "xin" },
			{ "金", "jin" }, { "泰", "tai" }, { "安", "an" }, { "盛", "sheng" }, { "嘉", "jia" }, { "和", "he" },
			{ "诚", "cheng" }, { "通", "tong" }, { "康", "kang" }, { "明", "ming" }, { "德", "de" }, { "力", "li" },
			{ "源", "yuan" }, { "创", "chuang" }, { "星", "xing" }, { "汇", "hui" }, { "隆", "long" }, { "立", "li" },
			{ "正", "zheng" }, { "东", "dong" }, { "方", "fang" }, { "长", "chang" }, { "青", "qing" }, { "云", "yun" },
			{ "晨", "chen" }, { "光", "guang" }, { "益", "yi" }, { "永", "yong" }, { "富", "fu" }, { "丰", "feng" },
			{ "祥", "xiang" }, { "凯", "kai" }, { "锦", "jin" }, { "万", "wan" }, { "合", "he" }, { "佳", "jia" },
			{ "峰", "feng" }, { "辰", "chen" }, { "启", "qi" }, { "宇", "yu" }, { "智", "zhi" }, { "航", "hang" },
			{ "润", "run" }, { "美", "mei" } };

	private static final String[] ZH_SUFFIXES = { "有限公司", "股份有限公司", "集团有限公司", "有限责任公司" };

	private static final int[] ZH_SUFFIX_WEIGHTS = { 65, 20, 10, 5 };

	private static final String[] EN_WORDS = { "Northwind", "Bluestone", "Silverline", "Pacific", "Everbright",
			"Redwood", "Greenfield", "Summit", "Harbor", "Crestview", "Ironbridge", "Lakeside", "Meridian", "Oakridge",
			"Pinnacle", "Riverstone", "Sterling", "Sunrise", "Tidewater", "Westgate", "Eastwood", "Apex", "Atlas",
			"Beacon", "Cedar", "Clearwater", "Crown", "Evergreen", "Falcon", "Horizon", "Keystone", "Maple", "Orion",
			"Phoenix", "Sapphire", "Trident", "Unity", "Vanguard", "Zenith", "Granite" };

	private static final String[] EN_SUFFIXES = { " Co., Ltd.", " (%s) Co., Ltd.", " Group Co., Ltd.",
			" Holdings Ltd." };

	private CompanyNames() {
	}

	/** A company's name and the domain of its web site and mail. */
	record CompanyName(String name, String domain) {
	}

	static CompanyName chinese(SplittableRandom random, Region region, Industry industry) {
		String[] first = Pick.one(random, ROOT_CHARS);
		String[] second = Pick.one(random, ROOT_CHARS);
		while (second == first) {
			second = Pick.one(random, ROOT_CHARS);
		}
		String tradeName = first[0] + second[0];
		String word = Pick.one(random, industry.zh());
		String suffix = ZH_SUFFIXES[Pick.weighted(random, ZH_SUFFIX_WEIGHTS)];
		String name = switch (Pick.weighted(random, 60, 25, 15)) {
			case 0 -> region.city() + tradeName + word + suffix;
			case 1 -> region.shortCity() + tradeName + word + suffix;
			default -> tradeName + word + "（" + region.shortCity() + "）" + suffix;
		};
		return new CompanyName(name, first[1] + second[1] + "-" + industry.domain() + ".com.cn");
	}

	static CompanyName english(SplittableRandom random, Region region, Industry industry) {
		String word = Pick.one(random, EN_WORDS);
		String business = Pick.one(random, industry.en());
		String suffix = Pick.one(random, EN_SUFFIXES).formatted(region.englishCity());
		String domain = (word + "-" + business.replace(" ", "")).toLowerCase(Locale.ROOT) + ".com";
		return new CompanyName(word + " " + business + suffix, domain);
	}

}
