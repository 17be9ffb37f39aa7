package org.kam.sales.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Quantities and prices as people write them: 2 rather than 2.000. */
public final class Amounts {

	private Amounts() {
	}

	public static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	static BigDecimal money(BigDecimal value) {
		return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
	}

}
