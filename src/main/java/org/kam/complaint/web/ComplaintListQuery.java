package org.kam.complaint.web;

import org.kam.complaint.ComplaintSeverity;
import org.kam.complaint.ComplaintStatus;
import org.kam.complaint.domain.ComplaintFilter;
import org.kam.shared.ListLinks;
import org.kam.shared.Paged;

/**
 * The complaints list's state, all of it in the URL so that a view can be shared; the
 * page and the API read the same parameters.
 */
public record ComplaintListQuery(Long accountId, ComplaintStatus status, ComplaintSeverity severity, Long ownerId,
		Boolean breaching, Integer page, Integer size) implements Paged {

	ComplaintFilter filter() {
		return new ComplaintFilter(accountId, status, severity, ownerId, breaching);
	}

	public String withPage(int newPage) {
		return links().toPage(newPage);
	}

	ListLinks links() {
		return ListLinks.to("/complaints")
			.with("accountId", accountId)
			.with("status", status)
			.with("severity", severity)
			.with("ownerId", ownerId)
			.with("breaching", breaching)
			.with(ListLinks.PAGE, page)
			.with(ListLinks.SIZE, size);
	}

}
