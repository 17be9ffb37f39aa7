package org.kam.survey.demo;

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
import org.kam.survey.SurveyKind;
import org.kam.survey.domain.Survey;
import org.kam.survey.domain.SurveySource;
import org.kam.survey.domain.Surveys;
import org.springframework.stereotype.Component;

/**
 * Demo surveys: 0–4 per account over the last two years, mostly for cooperating accounts.
 * Each account has a level of satisfaction (lower for terminated ones) that drifts a
 * little from survey to survey; the overall score sits near the mean of the three others
 * and the NPS follows the overall score. The respondent is one of the account's contacts,
 * now and then a name noted by the account manager.
 */
@Component
class SurveyDemoFiller implements DemoFiller {

	private static final String[] SUGGESTIONS = { "希望交付周期再缩短一些", "售后响应很及时，继续保持", "建议提供更详细的使用培训", "发票开具流程可以更快",
			"希望有固定的客户经理对接", "价格方面希望有更多年度优惠", "技术支持的电话经常占线", "产品质量稳定，很满意" };

	private static final String[] NEEDS = { "明年计划扩大采购规模", "需要定制化的报表功能", "希望增加现场巡检服务", "关注新产品线的试用机会", "需要更灵活的付款方式" };

	private static final String[] NAMES = { "王经理", "李主管", "张工", "刘总", "陈女士", "杨先生" };

	/** The kind's name on the timeline; it also seeds the random source. */
	private static final String KIND = SurveyKind.KIND.key();

	private final Surveys surveys;

	SurveyDemoFiller(Surveys surveys) {
		this.surveys = surveys;
	}

	@Override
	public String kind() {
		return SurveyKind.KIND.key();
	}

	@Override
	public long fill(List<DemoAccountRef> accounts, DemoContext context) {
		List<Survey> rows = new ArrayList<>();
		LocalDate today = context.now().toLocalDate();
		LocalDate twoYearsAgo = today.minusYears(2);
		for (DemoAccountRef account : accounts) {
			SplittableRandom random = context.random(kind(), account.id());
			int count = count(random, account);
			if (count == 0) {
				continue;
			}
			LocalDate earliest = account.createdAt() == null ? twoYearsAgo
					: later(twoYearsAgo, account.createdAt().toLocalDate());
			long days = Math.max(1, today.toEpochDay() - earliest.toEpochDay());
			double level = ("TERMINATED".equals(account.status()) ? 2.6 : 3.9) + random.nextGaussian() * 0.5;
			List<LocalDate> dates = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				dates.add(earliest.plusDays(random.nextLong(days)));
			}
			dates.sort(null);
			for (LocalDate date : dates) {
				level = Math.max(1.5, Math.min(4.8, level + random.nextGaussian() * 0.25));
				rows.add(row(random, account, date, level, context.now()));
			}
		}
		if (!rows.isEmpty()) {
			Map<Long, Long> owners = new HashMap<>();
			accounts.forEach(account -> owners.put(account.id(), account.ownerId()));
			surveys.insertAll(rows, survey -> owners.get(survey.accountId()));
		}
		return rows.size();
	}

	/** Cooperating accounts are surveyed, tier A more often; others rarely. */
	private static int count(SplittableRandom random, DemoAccountRef account) {
		return switch (account.status()) {
			case "COOPERATING" -> "A".equals(account.tier()) ? 2 + random.nextInt(3) : random.nextInt(4);
			case "TERMINATED" -> random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
			case "INTENDED" -> random.nextInt(6) == 0 ? 1 : 0;
			default -> 0;
		};
	}

	private static Survey row(SplittableRandom random, DemoAccountRef account, LocalDate date, double level,
			OffsetDateTime now) {
		int quality = score(random, level, 0.7);
		int attitude = score(random, level, 0.7);
		int speed = score(random, level - 0.2, 0.8);
		int overall = score(random, (quality + attitude + speed) / 3.0, 0.3);
		// a 5 recommends (9–10), a 3 is passive (about 5), a 1 detracts (0–2)
		Integer nps = random.nextInt(10) == 0 ? null
				: (int) Math.max(0, Math.min(10, Math.round((overall - 1) * 2.5 + random.nextGaussian() * 0.8)));
		String needs = random.nextInt(3) == 0 ? NEEDS[random.nextInt(NEEDS.length)] : null;
		String suggestions = random.nextInt(2) == 0 ? SUGGESTIONS[random.nextInt(SUGGESTIONS.length)] : null;
		Long contactId = null;
		String name = null;
		if (!account.contactIds().isEmpty() && random.nextInt(10) != 0) {
			contactId = account.contactIds().get(random.nextInt(account.contactIds().size()));
		}
		else {
			name = NAMES[random.nextInt(NAMES.length)];
		}
		OffsetDateTime created = date.atTime(10, 0).atOffset(now.getOffset());
		OffsetDateTime at = created.isAfter(now) ? now : created;
		return new Survey(0, account.id(), date, quality, attitude, speed, overall, nps, needs, suggestions, contactId,
				name, SurveySource.STAFF, at, at, 0);
	}

	private static int score(SplittableRandom random, double mean, double spread) {
		return (int) Math.max(1, Math.min(5, Math.round(mean + random.nextGaussian() * spread)));
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
