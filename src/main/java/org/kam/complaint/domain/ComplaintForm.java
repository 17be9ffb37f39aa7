package org.kam.complaint.domain;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.kam.complaint.ComplaintCategory;
import org.kam.complaint.ComplaintChannel;
import org.kam.complaint.ComplaintSeverity;
import org.kam.complaint.ComplaintStatus;

/**
 * A complaint as a client sends it. {@code ownerId} defaults to the sender,
 * {@code status} to OPEN; {@code version} is required on change. Times the workflow sets
 * ({@code respondedAt}, {@code resolvedAt}, {@code confirmedAt}) are not sent.
 */
public record ComplaintForm(@NotNull @PastOrPresent OffsetDateTime receivedAt, @NotNull ComplaintChannel channel,
		@NotNull ComplaintCategory category, @NotNull ComplaintSeverity severity,
		@NotBlank @Size(max = 4000) String description, Long ownerId, ComplaintStatus status,
		@Size(max = 4000) String resolution, Boolean customerConfirmed, @Size(max = 2000) String closingNote,
		Long version) {

	public ComplaintStatus statusOrOpen() {
		return status == null ? ComplaintStatus.OPEN : status;
	}

	public boolean confirmed() {
		return Boolean.TRUE.equals(customerConfirmed);
	}

}
