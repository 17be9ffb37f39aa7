/**
 * Periodic reports (定期报告): one account, one month or quarter, generated from the records
 * that {@link org.kam.report.ReportSource}s contribute, kept as numbered versions and
 * exported as PDF and XLSX.
 */
package org.kam.report;
