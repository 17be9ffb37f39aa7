package org.kam.report.domain;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One saved version of a report: its texts and the sections snapshotted when it was
 * generated.
 *
 * @param accountName the account's name when the sections were built
 * @param generatedAt when the sections were built from the records
 * @param createdAt when this version was saved
 */
public record ReportVersion(Report report, long version, VersionChange change, String accountName, String summary,
		String problemsAndSolutions, OffsetDateTime generatedAt, OffsetDateTime createdAt, Long createdBy,
		@JsonIgnore Snapshot snapshot) {

	/** Whether this is the report's latest version. */
	public boolean latest() {
		return version == report.version();
	}

}
