package org.kam.report.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kam.report.ReportPeriod;
import org.kam.shared.PageQuery;
import org.kam.shared.Paged;

/**
 * The parameters of one account's report list. The account is the path's: there is no
 * {@code accountId} here, so that {@code ?accountId=} stays refused as a parameter this
 * list does not read.
 */
record AccountReportsQuery(ReportPeriod.Kind kind, @Schema(defaultValue = "0") Integer page,
		@Schema(defaultValue = "" + PageQuery.DEFAULT_SIZE) Integer size, String sort) implements Paged {
}
