package org.kam.complaint.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kam.complaint.ComplaintSeverity;
import org.kam.complaint.ComplaintStatus;
import org.kam.complaint.domain.ComplaintFilter;
import org.kam.shared.PageQuery;
import org.kam.shared.Paged;

/**
 * The parameters of one account's complaint list. The account is the path's: there is no
 * {@code accountId} here, so that {@code ?accountId=} stays refused as a parameter this
 * list does not read.
 */
record AccountComplaintsQuery(ComplaintStatus status, ComplaintSeverity severity,
		@Schema(defaultValue = "0") Integer page,
		@Schema(defaultValue = "" + PageQuery.DEFAULT_SIZE) Integer size) implements Paged {

	ComplaintFilter filter(long accountId) {
		return new ComplaintFilter(accountId, status, severity, null, null);
	}

}
