package org.kam.sales.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.kam.dataops.DemoAccountRef;
import org.kam.dataops.DemoContext;
import org.kam.dataops.DemoFiller;
import org.kam.sales.SalesKind;
import org.kam.sales.domain.Amounts;
import org.kam.sales.domain.SalesOrderFields;
import org.kam.sales.domain.SalesLine;
import org.kam.sales.domain.SalesOrders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo orders over the past two years: cooperating accounts buy (tier A often, tier C
 * rarely), intended and potential ones seldom try, terminated ones bought until about a
 * year ago. One to five lines from a small catalogue, sold by the account's owner. About
 * two orders and seven lines per account on average, so a million accounts stay loadable.
 */
@Component
class SalesDemoFiller implements DemoFiller {

	static final String KIND = SalesKind.KIND.key();

	private static final int DAYS_BACK = 730;

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private record Product(String name, double price, int maxQuantity) {
	}

	private static final List<Product> CATALOGUE = List.of(new Product("机架式服务器 R750", 68_000, 10),
			new Product("企业级固态硬盘 3.84TB", 4_200, 40), new Product("千兆交换机 48口", 5_600, 20),
			new Product("工业路由器 IR900", 2_980, 30), new Product("UPS 不间断电源 10kVA", 15_800, 6),
			new Product("云服务器年度订阅", 12_000, 20), new Product("数据库技术支持服务（年）", 36_000, 3),
			new Product("ERP 用户许可", 1_500, 200), new Product("安全网关 USG6000", 22_000, 5),
			new Product("办公笔记本电脑", 6_499, 60), new Product("激光打印机", 2_399, 20), new Product("A4 复印纸（箱）", 165, 300),
			new Product("工业传感器套件", 860, 150), new Product("PLC 控制模块", 3_450, 40), new Product("伺服电机 1.5kW", 2_780, 50),
			new Product("液压阀组", 1_920, 80), new Product("不锈钢管材（吨）", 16_500, 30), new Product("润滑油 18L", 420, 200),
			new Product("实施与培训服务（人天）", 2_400, 40), new Product("Industrial IoT gateway", 3_900, 40),
			new Product("LED panel light 600x600", 189, 500), new Product("Safety gloves (box)", 96, 400),
			new Product("Annual maintenance contract", 48_000, 2), new Product("Barcode scanner", 1_280, 60));

	private final SalesOrders orders;

	private final String currency;

	SalesDemoFiller(SalesOrders orders, @Value("${kam.default-currency:CNY}") String currency) {
		this.orders = orders;
		this.currency = currency;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public long fill(List<DemoAccountRef> accounts, DemoContext context) {
		List<SalesOrderFields> all = new ArrayList<>();
		for (DemoAccountRef account : accounts) {
			all.addAll(ordersOf(account, context));
		}
		if (all.isEmpty()) {
			return 0;
		}
		orders.insertAll(all, SalesOrderFields::salespersonId,
				o -> o.orderDate().atStartOfDay().atOffset(context.now().getOffset()).plusHours(10));
		return all.size() + all.stream().mapToLong(o -> o.lines().size()).sum();
	}

	private List<SalesOrderFields> ordersOf(DemoAccountRef account, DemoContext context) {
		SplittableRandom random = context.random(KIND, account.id());
		Long salesperson = account.ownerId() != null ? account.ownerId()
				: context.userIds().isEmpty() ? null : context.userIds().get(random.nextInt(context.userIds().size()));
		int count = count(account, random);
		if (salesperson == null || count == 0) {
			return List.of();
		}
		LocalDate today = context.now().toLocalDate();
		LocalDate first = today.minusDays(DAYS_BACK);
		if (account.createdAt() != null && account.createdAt().toLocalDate().isAfter(first)) {
			first = account.createdAt().toLocalDate();
		}
		LocalDate last = "TERMINATED".equals(account.status()) ? today.minusDays(300) : today;
		if (!last.isAfter(first)) {
			first = last.minusDays(60);
		}
		long span = ChronoUnit.DAYS.between(first, last) + 1;
		List<LocalDate> dates = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			dates.add(first.plusDays(random.nextLong(span)));
		}
		dates.sort(null);
		List<SalesOrderFields> result = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			LocalDate date = dates.get(i);
			List<SalesLine> lines = lines(random, "A".equals(account.tier()));
			String orderNo = "SO" + DAY.format(date) + "-" + account.id() + "-" + (i + 1);
			result.add(new SalesOrderFields(account.id(), orderNo, date, salesperson, currency,
					SalesOrderFields.total(lines), lines));
		}
		return result;
	}

	/** Orders in two years: cooperating accounts buy, by tier; the others rarely. */
	private static int count(DemoAccountRef account, SplittableRandom random) {
		String tier = account.tier() == null ? "" : account.tier();
		return switch (account.status() == null ? "" : account.status()) {
			case "COOPERATING" -> switch (tier) {
				case "A" -> 10 + random.nextInt(9);
				case "B" -> 4 + random.nextInt(5);
				case "C" -> 1 + random.nextInt(4);
				default -> 1 + random.nextInt(3);
			};
			case "TERMINATED" -> "A".equals(tier) ? 3 + random.nextInt(4) : 1 + random.nextInt(3);
			case "INTENDED" -> random.nextInt(100) < 40 ? 1 : 0;
			case "POTENTIAL" -> random.nextInt(100) < 10 ? 1 : 0;
			default -> 0;
		};
	}

	private static List<SalesLine> lines(SplittableRandom random, boolean large) {
		int count = 1 + random.nextInt(5);
		List<SalesLine> lines = new ArrayList<>(count);
		List<Product> picked = new ArrayList<>(CATALOGUE);
		for (int i = 0; i < count; i++) {
			Product product = picked.remove(random.nextInt(picked.size()));
			int max = Math.max(1, large ? product.maxQuantity() : product.maxQuantity() / 3);
			BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(max));
			// list price with a discount of up to 15 %
			BigDecimal price = BigDecimal.valueOf(product.price() * (0.85 + random.nextDouble() * 0.15))
				.setScale(2, RoundingMode.HALF_UP);
			price = Amounts.plain(price);
			lines.add(new SalesLine(product.name(), quantity, price, SalesOrderFields.lineAmount(quantity, price)));
		}
		return lines;
	}

}
