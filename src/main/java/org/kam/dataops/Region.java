package org.kam.dataops;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A province and city with its administrative division code (GB/T 2260), so that the USCC
 * of a demo account agrees with its address. The weight is roughly how many key accounts
 * a city has compared with the others.
 */
record Region(String province, String city, String shortCity, String englishCity, String divisionCode, int weight) {

	static final List<Region> ALL = List.of(new Region("北京市", "北京市", "北京", "Beijing", "110105", 14),
			new Region("上海市", "上海市", "上海", "Shanghai", "310115", 14),
			new Region("天津市", "天津市", "天津", "Tianjin", "120116", 4),
			new Region("重庆市", "重庆市", "重庆", "Chongqing", "500112", 4),
			new Region("广东省", "深圳市", "深圳", "Shenzhen", "440305", 12),
			new Region("广东省", "广州市", "广州", "Guangzhou", "440106", 9),
			new Region("广东省", "东莞市", "东莞", "Dongguan", "441900", 4),
			new Region("广东省", "佛山市", "佛山", "Foshan", "440604", 3),
			new Region("浙江省", "杭州市", "杭州", "Hangzhou", "330106", 8),
			new Region("浙江省", "宁波市", "宁波", "Ningbo", "330212", 4),
			new Region("江苏省", "南京市", "南京", "Nanjing", "320106", 5),
			new Region("江苏省", "苏州市", "苏州", "Suzhou", "320505", 7), new Region("江苏省", "无锡市", "无锡", "Wuxi", "320214", 3),
			new Region("山东省", "济南市", "济南", "Jinan", "370102", 3),
			new Region("山东省", "青岛市", "青岛", "Qingdao", "370212", 4),
			new Region("四川省", "成都市", "成都", "Chengdu", "510107", 6),
			new Region("湖北省", "武汉市", "武汉", "Wuhan", "420106", 5),
			new Region("湖南省", "长沙市", "长沙", "Changsha", "430104", 3),
			new Region("福建省", "厦门市", "厦门", "Xiamen", "350203", 3),
			new Region("福建省", "福州市", "福州", "Fuzhou", "350102", 2),
			new Region("河南省", "郑州市", "郑州", "Zhengzhou", "410105", 3),
			new Region("陕西省", "西安市", "西安", "Xi'an", "610113", 3),
			new Region("辽宁省", "沈阳市", "沈阳", "Shenyang", "210102", 2),
			new Region("辽宁省", "大连市", "大连", "Dalian", "210204", 2), new Region("安徽省", "合肥市", "合肥", "Hefei", "340104", 3),
			new Region("河北省", "石家庄市", "石家庄", "Shijiazhuang", "130102", 2),
			new Region("云南省", "昆明市", "昆明", "Kunming", "530102", 1),
			new Region("广西壮族自治区", "南宁市", "南宁", "Nanning", "450103", 1));

	/** The GB/T 2260 code of the province: the district's first two digits. */
	String provinceCode() {
		return divisionCode.substring(0, 2) + "0000";
	}

	/**
	 * The GB/T 2260 code of the city: the district's first four digits (for the
	 * municipalities, xx0100, the city that is the province).
	 */
	String cityCode() {
		return divisionCode.substring(0, 4) + "00";
	}

	private static final int TOTAL_WEIGHT = ALL.stream().mapToInt(Region::weight).sum();

	static Region pick(SplittableRandom random) {
		int n = random.nextInt(TOTAL_WEIGHT);
		for (Region region : ALL) {
			n -= region.weight;
			if (n < 0) {
				return region;
			}
		}
		throw new IllegalStateException("weights changed while picking");
	}

}
