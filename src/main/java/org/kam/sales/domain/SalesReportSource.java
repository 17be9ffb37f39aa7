package org.kam.sales.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.kam.identity.UserDirectory;
import org.kam.identity.UserRef;
import org.kam.report.ReportPeriod;
import org.kam.report.ReportSection;
import org.kam.report.ReportSource;
import org.kam.sales.SalesKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The report's sales section: the period's sales amount, order count and average order
 * value against the previous period, one figure per currency for the amounts (the default
 * currency first, then the others by code: yuan and dollars do not add up); the last
 * purchase up to the period's end; and the period's largest orders, the default currency
 * first, each currency by total. Live orders only, read over the index
 * {@code (account_id, order_date, id)}.
 */
@Component
class SalesReportSource implements ReportSource {

	/** Orders the table lists; the note says how many more the period had. */
	static final int ORDERS_SHOWN = 20;

	private static final String LIVE_IN_PERIOD = " from sales_order where account_id = :accountId"
			+ " and order_date >= :from and order_date < :to and deleted_at is null";

	private final JdbcClient jdbc;

	private final UserDirectory users;

	private final MessageSource messages;

	private final String mainCurrency;

	SalesReportSource(JdbcClient jdbc, UserDirectory users, MessageSource messages,
			@Value("${kam.default-currency:CNY}") String mainCurrency) {
		this.jdbc = jdbc;
		this.users = users;
		this.messages = messages;
		this.mainCurrency = mainCurrency;
	}

	@Override
	public String key() {
		return SalesKind.KIND.key();
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public ReportSection build(long accountId, ReportPeriod period, Locale locale) {
		Map<String, Totals> now = totals(accountId, period);
		Map<String, Totals> before = totals(accountId, period.previous());
		List<String> currencies = currencies(now, before);
		ReportSection.Builder section = ReportSection.builder(key(), text("sales.report.title", locale));
		for (String currency : currencies) {
			section.figure(text("sales.report.amount", locale), totalOf(now, currency), totalOf(before, currency),
					currency);
		}
		long orders = count(now);
		section.figure(text("sales.report.orders", locale), orders, count(before), null);
		for (String currency : currencies) {
			// an average of no orders is no figure, not zero
			if (now.containsKey(currency)) {
				Totals previous = before.get(currency);
				section.figure(text("sales.report.average", locale), now.get(currency).average(),
						previous == null ? null : previous.average(), currency);
			}
		}
		LocalDate last = lastPurchase(accountId, period);
		section.row(text("sales.report.lastPurchase", locale),
				last == null ? text("sales.report.lastPurchase.none", locale) : date(last, locale));
		section.table(text("sales.field.orderNo", locale), text("sales.field.orderDate", locale),
				text("sales.field.salesperson", locale), text("sales.field.total", locale));
		List<Order> largest = largest(accountId, period);
		Map<Long, UserRef> salespeople = users.find(largest.stream().map(Order::salespersonId).distinct().toList());
		for (Order order : largest) {
			UserRef salesperson = salespeople.get(order.salespersonId());
			section.tableRow(order.orderNo(), date(order.orderDate(), locale),
					salesperson == null ? null : salesperson.displayName(),
					money(order.total(), order.currency(), locale));
		}
		if (orders == 0) {
			section.note(text("sales.report.none", locale));
		}
		else if (orders > largest.size()) {
			section.note(messages.getMessage("sales.report.more", new Object[] { orders - largest.size() }, locale));
		}
		return section.build();
	}

	private record Totals(long orders, BigDecimal total) {

		BigDecimal average() {
			return total.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
		}

	}

	private record Order(String orderNo, LocalDate orderDate, long salespersonId, String currency, BigDecimal total) {
	}

	private Map<String, Totals> totals(long accountId, ReportPeriod period) {
		Map<String, Totals> byCurrency = new HashMap<>();
		jdbc.sql("select currency, count(*) as orders, sum(total) as total" + LIVE_IN_PERIOD + " group by currency")
			.param("accountId", accountId)
			.param("from", period.start())
			.param("to", period.endExclusive())
			.query(rs -> {
				byCurrency.put(rs.getString("currency"),
						new Totals(rs.getLong("orders"), Amounts.money(rs.getBigDecimal("total"))));
			});
		return byCurrency;
	}

	/** The currencies of both periods, the main one first; the main one alone if none. */
	private List<String> currencies(Map<String, Totals> now, Map<String, Totals> before) {
		TreeSet<String> others = new TreeSet<>(now.keySet());
		others.addAll(before.keySet());
		others.remove(mainCurrency);
		List<String> currencies = new ArrayList<>();
		if (others.isEmpty() || now.containsKey(mainCurrency) || before.containsKey(mainCurrency)) {
			currencies.add(mainCurrency);
		}
		currencies.addAll(others);
		return currencies;
	}

	private static BigDecimal totalOf(Map<String, Totals> totals, String currency) {
		Totals t = totals.get(currency);
		return t == null ? Amounts.money(BigDecimal.ZERO) : t.total();
	}

	private static long count(Map<String, Totals> totals) {
		return totals.values().stream().mapToLong(Totals::orders).sum();
	}

	/**
	 * The latest order up to the period's end, whenever it was; max() answers one row,
	 * null if none.
	 */
	private LocalDate lastPurchase(long accountId, ReportPeriod period) {
		return jdbc.sql("""
				select max(order_date) from sales_order
				where account_id = :accountId and order_date < :to and deleted_at is null""")
			.param("accountId", accountId)
			.param("to", period.endExclusive())
			.query((rs, row) -> rs.getObject(1, LocalDate.class))
			.list()
			.get(0);
	}

	private List<Order> largest(long accountId, ReportPeriod period) {
		return jdbc
			.sql("select order_no, order_date, salesperson_id, currency, total" + LIVE_IN_PERIOD
					+ " order by case when currency = :main then 0 else 1 end, currency, total desc,"
					+ " order_date desc, id desc limit :limit")
			.param("accountId", accountId)
			.param("from", period.start())
			.param("to", period.endExclusive())
			.param("main", mainCurrency)
			.param("limit", ORDERS_SHOWN)
			.query((rs, row) -> new Order(rs.getString("order_no"), rs.getObject("order_date", LocalDate.class),
					rs.getLong("salesperson_id"), rs.getString("currency"), Amounts.money(rs.getBigDecimal("total"))))
			.list();
	}

	private static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	/** 12,345.60 CNY: the code as the figures show it. */
	private static String money(BigDecimal amount, String currency, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount) + " " + currency;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
