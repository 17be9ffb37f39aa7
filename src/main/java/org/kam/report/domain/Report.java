package org.kam.report.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.kam.report.ReportPeriod;

/**
 * A periodic report as listed: its account, its period and the number of its latest
 * version.
 *
 * @param periodStart the period's first day
 * @param periodEnd the period's last day
 * @param version the latest version's number (1 for the first); a change must send it
 */
public record Report(long id, long accountId, String period, ReportPeriod.Kind periodKind, LocalDate periodStart,
		LocalDate periodEnd, long version, OffsetDateTime createdAt, Long createdBy, OffsetDateTime updatedAt,
		Long updatedBy) {
}
