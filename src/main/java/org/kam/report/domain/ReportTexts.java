package org.kam.report.domain;

import jakarta.validation.constraints.Size;

/**
 * The texts a person writes into a report, with the version they read ({@code version} is
 * required).
 */
public record ReportTexts(Long version, @Size(max = ReportTexts.MAX) String summary,
		@Size(max = ReportTexts.MAX) String problemsAndSolutions) {

	/** Characters each text may hold: a few pages. */
	public static final int MAX = 8000;

}
