package org.kam.sales.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An order that passed the checks, with its amounts computed: what gets written, and what
 * a re-sent order is compared with.
 */
public record SalesOrderFields(long accountId, String orderNo, LocalDate orderDate, long salespersonId, String currency,
		BigDecimal total, List<SalesLine> lines) {

	/** numeric(18,2) holds less than 10^16. */
	static final BigDecimal MAX_AMOUNT = new BigDecimal("1E16");

	public SalesOrderFields {
		lines = List.copyOf(lines);
	}

	public static BigDecimal lineAmount(BigDecimal quantity, BigDecimal unitPrice) {
		return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
	}

	/** The form's lines with their amounts, trimmed; Bean Validation has run. */
	static List<SalesLine> lines(List<SalesLineForm> forms) {
		List<SalesLine> lines = new ArrayList<>(forms.size());
		for (SalesLineForm f : forms) {
			BigDecimal quantity = Amounts.plain(f.quantity());
			BigDecimal price = Amounts.plain(f.unitPrice());
			lines.add(new SalesLine(f.product().trim(), quantity, price, lineAmount(quantity, price)));
		}
		return lines;
	}

	public static BigDecimal total(List<SalesLine> lines) {
		return lines.stream().map(SalesLine::lineAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/** Whether a stored order is this one: a re-sent order is then left unchanged. */
	boolean sameAs(SalesOrder stored) {
		if (stored.accountId() != accountId || !stored.orderNo().equals(orderNo)
				|| !stored.orderDate().equals(orderDate) || stored.salespersonId() != salespersonId
				|| !stored.currency().equals(currency) || stored.lines().size() != lines.size()) {
			return false;
		}
		for (int i = 0; i < lines.size(); i++) {
			SalesLine mine = lines.get(i);
			SalesLine theirs = stored.lines().get(i);
			if (!mine.product().equals(theirs.product()) || mine.quantity().compareTo(theirs.quantity()) != 0
					|| mine.unitPrice().compareTo(theirs.unitPrice()) != 0) {
				return false;
			}
		}
		return true;
	}

	static String productKey(String product) {
		return product.trim().toLowerCase(Locale.ROOT);
	}

}
