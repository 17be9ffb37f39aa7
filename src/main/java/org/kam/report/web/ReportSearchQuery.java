package org.kam.report.web;

import org.kam.report.ReportPeriod;
import org.kam.shared.Paged;

/**
 * The parameters of the API's reports across accounts: those of the page, and one account
 * and an order besides.
 */
public record ReportSearchQuery(String period, ReportPeriod.Kind kind, Long accountId, Integer page, Integer size,
		String sort) implements Paged {

}
