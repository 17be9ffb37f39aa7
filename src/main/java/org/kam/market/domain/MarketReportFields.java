package org.kam.market.domain;

import java.math.BigDecimal;
import java.util.List;

/** A report's fields after the service checked and normalised them: what is stored. */
record MarketReportFields(String title, String industry, String province, String city, MarketReportPeriod period,
		BigDecimal marketSize, String currency, BigDecimal growthRate, String demandNotes,
		List<Competitor> competitors) {

	MarketReportFields {
		competitors = List.copyOf(competitors);
	}

}
