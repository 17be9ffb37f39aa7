package org.kam.sales.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import org.kam.account.TimelineEntry;
import org.kam.account.TimelineSource;
import org.kam.sales.SalesKind;
import org.kam.shared.RecordKind;
import org.springframework.stereotype.Component;

/**
 * Orders on the account's timeline, at the start of their order date in the company's
 * time zone, from the index on {@code (account_id, order_date)}.
 */
@Component
class SalesTimeline implements TimelineSource {

	private static final int PRODUCTS_SHOWN = 3;

	private final SalesOrders orders;

	private final ZoneId zone;

	SalesTimeline(SalesOrders orders, ZoneId zone) {
		this.orders = orders;
		this.zone = zone;
	}

	@Override
	public RecordKind kind() {
		return SalesKind.KIND;
	}

	@Override
	public List<TimelineEntry> entries(long accountId, OffsetDateTime before, int limit) {
		LocalDateTime local = before.atZoneSameInstant(zone).toLocalDateTime();
		// an order's moment is the start of its day: strictly before "before" means dated
		// before that day, or on it when "before" is later that day
		LocalDate cutoff = local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.toLocalDate()
				: local.toLocalDate().plusDays(1);
		return orders.newestBefore(accountId, cutoff, limit).stream().map(this::entry).toList();
	}

	private TimelineEntry entry(SalesOrder order) {
		String products = order.lines()
			.stream()
			.limit(PRODUCTS_SHOWN)
			.map(SalesLine::product)
			.collect(Collectors.joining(", "));
		if (order.lines().size() > PRODUCTS_SHOWN) {
			products += ", …";
		}
		return new TimelineEntry(SalesKind.KIND, order.orderDate().atStartOfDay(zone).toOffsetDateTime(),
				order.orderNo() + " · " + order.currency() + " " + order.total().toPlainString(),
				products.isEmpty() ? null : products, "/accounts/" + order.accountId() + "?tab=sales");
	}

}
