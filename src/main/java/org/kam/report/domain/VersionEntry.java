package org.kam.report.domain;

import java.time.OffsetDateTime;

/** A line of a report's version history. */
public record VersionEntry(long version, VersionChange change, OffsetDateTime generatedAt, OffsetDateTime createdAt,
		Long createdBy) {
}
