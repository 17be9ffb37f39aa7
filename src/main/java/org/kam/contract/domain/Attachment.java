package org.kam.contract.domain;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A file attached to a contract. {@code contentType} is what the bytes were recognised
 * as, not what the uploader claimed; the storage key stays inside the server.
 */
public record Attachment(long id, long accountId, long contractId, String fileName, String contentType, long size,
		OffsetDateTime createdAt, Long createdBy, @JsonIgnore String storageKey) {
}
