package org.kam.sales.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An account's purchase figures, computed by the database with GROUP BY; amounts are per
 * currency, since yuan and dollars do not add up.
 *
 * @param by the period of {@code periods}: month, quarter or year
 * @param orderCount live orders in every currency
 * @param lastPurchaseDate the date of the latest order, or null
 * @param currencies one summary per currency, the largest total first
 * @param periods totals per period and currency, oldest first
 */
public record SalesStats(long accountId, String by, LocalDate from, LocalDate to, long orderCount,
		LocalDate lastPurchaseDate, List<CurrencySummary> currencies, List<PeriodTotal> periods) {

	public SalesStats {
		currencies = List.copyOf(currencies);
		periods = List.copyOf(periods);
	}

	/**
	 * Purchase count, total, average order value and frequency in one currency.
	 *
	 * @param activeMonths calendar months from the first to the last order, both counted
	 * @param ordersPerMonth orders per month over the active span
	 * @param averageDaysBetweenOrders days from the first to the last order divided by
	 * the gaps between orders; null for a single order
	 */
	public record CurrencySummary(String currency, long orderCount, BigDecimal total, BigDecimal averageOrderValue,
			LocalDate firstPurchaseDate, LocalDate lastPurchaseDate, long activeMonths, BigDecimal ordersPerMonth,
			BigDecimal averageDaysBetweenOrders) {
	}

	/**
	 * Orders and total of one period in one currency.
	 *
	 * @param period {@code 2026-03}, {@code 2026-Q1} or {@code 2026}
	 * @param quarter 1–4 when by quarter, else null
	 * @param month 1–12 when by month, else null
	 */
	public record PeriodTotal(String period, int year, Integer quarter, Integer month, String currency, long orderCount,
			BigDecimal total) {
	}

}
