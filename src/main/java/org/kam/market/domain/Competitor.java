package org.kam.market.domain;

import java.math.BigDecimal;

/** A competitor in the market and its share of it, in percent. */
public record Competitor(String name, BigDecimal share, String notes) {
}
