package org.kam.market.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import org.kam.dataops.DemoAccountRef;
import org.kam.dataops.DemoContext;
import org.kam.dataops.DemoFiller;
import org.kam.market.MarketReportKind;
import org.kam.market.domain.Competitor;
import org.kam.market.domain.MarketReport;
import org.kam.market.domain.MarketReports;
import org.kam.market.domain.MarketReportPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo market reports. Reports describe markets, not accounts: each chunk of accounts
 * yields a few reports, one for each of some industry × province combinations that have
 * several accounts in the chunk, linked to a handful of those accounts. About four
 * reports per thousand accounts: 4,000 at a million.
 */
@Component
class MarketDemoFiller implements DemoFiller {

	static final String KIND = MarketReportKind.KIND.key();

	static final int REPORTS_PER_CHUNK = 4;

	static final int MIN_ACCOUNTS = 2;

	static final int LINKS_PER_REPORT = 5;

	private static final String[] DEMAND_NOTES = { "客户对数字化转型和降本增效的需求持续增长，采购更看重整体解决方案与本地化服务。",
			"需求向高端产品集中，价格敏感度下降，交付周期和售后响应成为主要考量。", "中小企业预算收紧，框架协议加按需下单的采购方式更受欢迎。", "政策支持带动新增项目，头部客户倾向于与两到三家供应商长期合作。",
			"Demand shifts to subscription and managed services; buyers ask for proof of ROI within a year.",
			"绿色低碳要求提高，客户在招标中增加了能耗与碳排放指标。" };

	private final MarketReports reports;

	private final JdbcClient jdbc;

	MarketDemoFiller(MarketReports reports, JdbcClient jdbc) {
		this.reports = reports;
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public long fill(List<DemoAccountRef> accounts, DemoContext context) {
		if (accounts.isEmpty()) {
			return 0;
		}
		Map<String, List<DemoAccountRef>> markets = new LinkedHashMap<>();
		for (DemoAccountRef account : accounts) {
			if (account.industry() != null && account.province() != null) {
				markets.computeIfAbsent(account.industry() + "|" + account.province(), k -> new ArrayList<>())
					.add(account);
			}
		}
		List<List<DemoAccountRef>> candidates = new ArrayList<>(
				markets.values().stream().filter(group -> group.size() >= MIN_ACCOUNTS).toList());
		SplittableRandom chunkRandom = context.random(KIND, accounts.get(0).id());
		// a deterministic shuffle, then the first few markets
		for (int i = candidates.size() - 1; i > 0; i--) {
			int j = chunkRandom.nextInt(i + 1);
			candidates.set(i, candidates.set(j, candidates.get(i)));
		}
		Long author = author();
		List<MarketReport> written = new ArrayList<>();
		for (List<DemoAccountRef> market : candidates.subList(0, Math.min(REPORTS_PER_CHUNK, candidates.size()))) {
			written.add(report(market, context, author));
		}
		return reports.insertAll(written);
	}

	private static MarketReport report(List<DemoAccountRef> market, DemoContext context, Long author) {
		DemoAccountRef first = market.get(0);
		SplittableRandom random = context.random(KIND, first.id());
		OffsetDateTime createdAt = context.now().minusDays(1 + random.nextInt(60));
		MarketReportPeriod period = pastPeriod(random, createdAt.toLocalDate());
		String title = chineseLabel(period.label()) + first.province() + first.industry() + "市场分析报告";
		// market size in units of 100 million yuan (亿元), two decimals of yuan
		BigDecimal size = BigDecimal.valueOf(20 + random.nextInt(3000))
			.multiply(BigDecimal.valueOf(100_000_000L))
			.add(BigDecimal.valueOf(random.nextInt(100_000_000)))
			.setScale(2, RoundingMode.UNNECESSARY);
		BigDecimal growth = BigDecimal.valueOf(-500 + random.nextInt(2300), 2);
		String notes = DEMAND_NOTES[random.nextInt(DEMAND_NOTES.length)];
		List<String> names = new ArrayList<>(DemoCompetitors.of(first.industry()));
		int count = Math.min(names.size(), 3 + random.nextInt(4));
		List<BigDecimal> shares = shares(random, count);
		List<Competitor> competitors = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String name = names.remove(random.nextInt(names.size()));
			competitors.add(new Competitor(name, shares.get(i), i == 0 ? "市场领先者，渠道覆盖广" : null));
		}
		List<Long> linked = market.subList(0, Math.min(LINKS_PER_REPORT, market.size()))
			.stream()
			.map(DemoAccountRef::id)
			.toList();
		return new MarketReport(0, title, first.industry(), first.province(), null, period.start(), period.end(),
				period.label(), size, "CNY", growth, competitors, null, notes, linked, List.of(), 0, author, author,
				createdAt, createdAt, 0);
	}

	/** A year, half or quarter that ended before the report was written. */
	private static MarketReportPeriod pastPeriod(SplittableRandom random, LocalDate writtenOn) {
		int year = writtenOn.getYear();
		List<MarketReportPeriod> ended = new ArrayList<>();
		for (String label : List.of((year - 1) + "", (year - 1) + "-H1", (year - 1) + "-H2", year + "-H1", year + "-Q1",
				year + "-Q2", year + "-Q3")) {
			MarketReportPeriod period = MarketReportPeriod.parse(label).orElseThrow();
			if (period.end().isBefore(writtenOn)) {
				ended.add(period);
			}
		}
		return ended.get(random.nextInt(ended.size()));
	}

	private static String chineseLabel(String label) {
		String year = label.substring(0, 4) + "年";
		if (label.length() == 4) {
			return year;
		}
		return year + switch (label.substring(5)) {
			case "H1" -> "上半年";
			case "H2" -> "下半年";
			default -> "第" + "一二三四".charAt(label.charAt(6) - '1') + "季度";
		};
	}

	/**
	 * Shares of the largest competitors, largest first, adding up to 50–95% (the rest is
	 * the long tail of small suppliers).
	 */
	static List<BigDecimal> shares(SplittableRandom random, int count) {
		int listed = 500 + random.nextInt(451); // per mille of the market
		double[] weights = new double[count];
		double sum = 0;
		for (int i = 0; i < count; i++) {
			weights[i] = 1 + random.nextDouble() * 4;
			sum += weights[i];
		}
		List<BigDecimal> shares = new ArrayList<>(count);
		for (double weight : weights) {
			// rounded down to 0.1%, so the total never passes what was drawn
			shares.add(BigDecimal.valueOf((long) Math.floor(listed * weight / sum), 1).setScale(2));
		}
		shares.sort(Comparator.reverseOrder());
		return shares;
	}

	/** Reports need an author who may write them: the first admin, manager or analyst. */
	private Long author() {
		return jdbc.sql("""
				select min(u.id) from app_user u join app_user_role r on r.user_id = u.id
				where r.role in ('ADMIN', 'MANAGER', 'ANALYST')""")
			.query(Long.class)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

}
