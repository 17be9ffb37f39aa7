package org.kam.complaint.domain;

import java.time.OffsetDateTime;

import org.kam.complaint.ComplaintCategory;
import org.kam.complaint.ComplaintChannel;
import org.kam.complaint.ComplaintSeverity;
import org.kam.complaint.ComplaintStatus;

/**
 * A complaint as stored, with the account's name and tier (lists put tier A first) and
 * whether it breaches its targets ({@code breaching}, computed by the query at the time
 * of reading).
 */
public record Complaint(long id, long accountId, String accountName, String accountTier, OffsetDateTime receivedAt,
		ComplaintChannel channel, ComplaintCategory category, ComplaintSeverity severity, String description,
		long ownerId, ComplaintStatus status, OffsetDateTime respondedAt, OffsetDateTime responseDueAt,
		OffsetDateTime resolutionDueAt, String resolution, OffsetDateTime resolvedAt, boolean customerConfirmed,
		OffsetDateTime confirmedAt, String closingNote, OffsetDateTime closedAt, boolean breaching,
		OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
}
