package org.kam.market.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row of market_report, before its competitors and accounts are added. */
record ReportRow(long id, String title, String industry, String province, String city, LocalDate periodStart,
		LocalDate periodEnd, BigDecimal marketSize, String currency, BigDecimal growthRate, String demandNotes,
		Long createdBy, Long updatedBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
}
