package org.kam.sales.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An order of an account (销售记录): its number, date, salesperson, lines and the total
 * computed from them, in one ISO 4217 currency.
 */
public record SalesOrder(long id, long accountId, String orderNo, LocalDate orderDate, long salespersonId,
		String currency, BigDecimal total, List<SalesLine> lines, OffsetDateTime createdAt, OffsetDateTime updatedAt,
		long version) {

	public SalesOrder {
		lines = List.copyOf(lines);
	}

	SalesOrder withLines(List<SalesLine> newLines) {
		return new SalesOrder(id, accountId, orderNo, orderDate, salespersonId, currency, total, newLines, createdAt,
				updatedAt, version);
	}

}
