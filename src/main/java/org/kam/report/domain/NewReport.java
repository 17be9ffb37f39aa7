package org.kam.report.domain;

/** A request for a report: the period, {@code 2026-10} or {@code 2026-Q3}. */
public record NewReport(String period) {
}
