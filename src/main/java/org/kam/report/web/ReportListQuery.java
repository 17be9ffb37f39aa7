package org.kam.report.web;

import org.kam.report.ReportPeriod;
import org.kam.shared.ListLinks;
import org.kam.shared.Paged;

/** The cross-account reports list's state, all of it in the URL. */
public record ReportListQuery(String period, ReportPeriod.Kind kind, Integer page, Integer size) implements Paged {

	public String withPage(int newPage) {
		return links().toPage(newPage);
	}

	ListLinks links() {
		return ListLinks.to("/reports")
			.with("period", period)
			.with("kind", kind)
			.with(ListLinks.PAGE, page)
			.with(ListLinks.SIZE, size);
	}

}
