package org.kam.report.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.kam.report.ReportPeriod;

/** A report in the cross-account list, with its account's name. */
public record ReportListing(long id, long accountId, String accountName, String period, ReportPeriod.Kind periodKind,
		LocalDate periodStart, LocalDate periodEnd, long version, OffsetDateTime updatedAt, Long updatedBy) {
}
