package org.kam.contract.domain;

import org.springframework.util.unit.DataSize;

/** A file over {@code kam.attachments.max-size}: answered with 413. */
public class AttachmentTooLargeException extends RuntimeException {

	private final DataSize limit;

	AttachmentTooLargeException(DataSize limit) {
		super("The file is larger than the limit of " + limit.toMegabytes() + " MB.");
		this.limit = limit;
	}

	public DataSize limit() {
		return limit;
	}

}
