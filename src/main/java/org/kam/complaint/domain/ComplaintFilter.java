package org.kam.complaint.domain;

import org.kam.complaint.ComplaintSeverity;
import org.kam.complaint.ComplaintStatus;

/** The filters of a complaint list; every one is optional and they combine with AND. */
public record ComplaintFilter(Long accountId, ComplaintStatus status, ComplaintSeverity severity, Long ownerId,
		Boolean breaching) {

	public static ComplaintFilter none() {
		return new ComplaintFilter(null, null, null, null, null);
	}

}
