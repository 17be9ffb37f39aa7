package org.kam.report.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.kam.report.ReportPeriod;
import org.kam.report.ReportSection;
import org.kam.report.domain.Report;
import org.kam.report.domain.ReportVersion;
import org.kam.report.domain.Snapshot;
import org.kam.report.domain.VersionChange;

/**
 * A report version as the API answers it: the report, the version's texts and its
 * sections in one language ({@code language}), with the download links.
 *
 * @param version this version's number
 * @param latestVersion the report's latest version; a change must send it as
 * {@code version}
 * @param savedAt when this version was saved
 * @param savedBy who saved it
 */
record ReportView(long id, long accountId, String period, ReportPeriod.Kind periodKind, LocalDate periodStart,
		LocalDate periodEnd, long version, long latestVersion, VersionChange change, String accountName, String summary,
		String problemsAndSolutions, OffsetDateTime generatedAt, OffsetDateTime savedAt, Long savedBy,
		OffsetDateTime createdAt, Long createdBy, String language, List<ReportSection> sections, String pdf,
		String xlsx) {

	static ReportView of(ReportVersion v, Locale requested) {
		Report r = v.report();
		Locale language = Snapshot.language(requested);
		String base = "/api/v1/accounts/" + r.accountId() + "/reports/" + r.id();
		String query = v.latest() ? "" : "?version=" + v.version();
		return new ReportView(r.id(), r.accountId(), r.period(), r.periodKind(), r.periodStart(), r.periodEnd(),
				v.version(), r.version(), v.change(), v.accountName(), v.summary(), v.problemsAndSolutions(),
				v.generatedAt(), v.createdAt(), v.createdBy(), r.createdAt(), r.createdBy(), language.toLanguageTag(),
				v.snapshot().sections(language), base + ".pdf" + query, base + ".xlsx" + query);
	}

}
