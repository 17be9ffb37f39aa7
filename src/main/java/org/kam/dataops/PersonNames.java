package org.kam.dataops;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Person names, Chinese (surname first) and English, with the local part of their e-mail
 * address.
 */
final class PersonNames {

	private static final String[][] SURNAMES = { { "王", "wang" }, { "李", "li" }, { "张", "zhang" }, { "刘", "liu" },
			{ "陈", "chen" }, { "杨", "yang" }, { "黄", "huang" }, { "赵", "zhao" }, { "吴", "wu" }, { "周", "zhou" },
			{ "徐", "xu" }, { "孙", "sun" }, { "马", "ma" }, { "朱", "zhu" }, { "胡", "hu" }, { "郭", "guo" }, { "何", "he" },
			{ "高", "gao" }, { "林", "lin" }, { "罗", "luo" }, { "郑", "zheng" }, { "梁", "liang" }, { "谢", "xie" },
			{ "宋", "song" }, { "唐", "tang" }, { "许", "xu" }, { "韩", "han" }, { "冯", "feng" }, { "邓", "deng" },
			{ "曹", "cao" }, { "彭", "peng" }, { "曾", "zeng" }, { "肖", "xiao" }, { "田", "tian" }, { "董", "dong" },
			{ "袁", "yuan" }, { "潘", "pan" }, { "于", "yu" }, { "蒋", "jiang" }, { "蔡", "cai" }, { "欧阳", "ouyang" },
			{ "司马", "sima" } };

	private static final String[][] GIVEN_CHARS = { { "伟", "wei" }, { "芳", "fang" }, { "娜", "na" }, { "敏", "min" },
			{ "静", "jing" }, { "丽", "li" }, { "强", "qiang" }, { "磊", "lei" }, { "军", "jun" }, { "洋", "yang" },
			{ "勇", "yong" }, { "艳", "yan" }, { "杰", "jie" }, { "娟", "juan" }, { "涛", "tao" }, { "明", "ming" },
			{ "超", "chao" }, { "秀", "xiu" }, { "霞", "xia" }, { "平", "ping" }, { "刚", "gang" }, { "英", "ying" },
			{ "华", "hua" }, { "玉", "yu" }, { "萍", "ping" }, { "红", "hong" }, { "建", "jian" }, { "文", "wen" },
			{ "辉", "hui" }, { "鹏", "peng" }, { "宇", "yu" }, { "浩", "hao" }, { "婷", "ting" }, { "欣", "xin" },
			{ "佳", "jia" }, { "子", "zi" }, { "思", "si" }, { "晨", "chen" }, { "雪", "xue" }, { "琳", "lin" },
			{ "瑶", "yao" }, { "博", "bo" }, { "峰", "feng" }, { "凯", "kai" }, { "阳", "yang" }, { "颖", "ying" },
			{ "倩", "qian" }, { "海", "hai" }, { "斌", "bin" }, { "嘉", "jia" } };

	private static final String[] FIRST_NAMES = { "James", "Emily", "Michael", "Sarah", "David", "Olivia", "Daniel",
			"Sophie", "Thomas", "Emma", "William", "Grace", "Robert", "Hannah", "Richard", "Laura", "Peter", "Anna",
			"Mark", "Julia", "Kevin", "Rachel", "Andrew", "Claire", "Steven", "Lucy", "Jason", "Helen", "Eric",
			"Vivian" };

	private static final String[] LAST_NAMES = { "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Anderson",
			"Thompson", "Walker", "Wright", "Clarke", "Evans", "Hughes", "Lee", "Wong", "Chan", "Müller", "Schmidt",
			"Martin", "Dubois", "Rossi", "Tanaka", "Kim", "Nguyen", "Fischer", "Baker", "Harris", "Lewis", "Young" };

	private PersonNames() {
	}

	/** A name as people write it, and the usual local part of their company address. */
	record PersonName(String name, String mailbox) {
	}

	static PersonName chinese(SplittableRandom random) {
		String[] surname = SURNAMES[Pick.weighted(random, 9, 9, 9, 7, 6, 5, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2,
				2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1)];
		String[] given = Pick.one(random, GIVEN_CHARS);
		String name = surname[0] + given[0];
		String pinyin = given[1];
		if (Pick.chance(random, 60)) {
			String[] second = Pick.one(random, GIVEN_CHARS);
			name += second[0];
			pinyin += second[1];
		}
		return new PersonName(name, pinyin + "." + surname[1]);
	}

	static PersonName english(SplittableRandom random) {
		String first = Pick.one(random, FIRST_NAMES);
		String last = Pick.one(random, LAST_NAMES);
		return new PersonName(first + " " + last, (first + "." + last.replace("ü", "ue")).toLowerCase(Locale.ROOT));
	}

}
