package org.kam.sales.domain;

import java.math.BigDecimal;

/**
 * One line of an order; {@code lineAmount} is quantity × unit price rounded to cents.
 */
public record SalesLine(String product, BigDecimal quantity, BigDecimal unitPrice, BigDecimal lineAmount) {
}
