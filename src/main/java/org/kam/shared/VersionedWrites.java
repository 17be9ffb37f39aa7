package org.kam.shared;

import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The checks every change of a versioned record makes, worded once so that each record
 * answers a missing version (400), a lost race (409) and a missing record (404) alike.
 */
public final class VersionedWrites {

	private VersionedWrites() {
	}

	/**
	 * The version a change must send: without it a client would overwrite what it never
	 * read.
	 */
	public static long required(Long version) {
		if (version == null) {
			throw new InvalidInputException("version", "validation.version.required",
					"is required: send the version you read");
		}
		return version;
	}

	/**
	 * An update guarded by the version in its {@code WHERE} changed no row: someone saved
	 * first. {@code currentVersion} is read only then.
	 */
	public static void requireWritten(int rows, String what, long id, LongSupplier currentVersion) {
		if (rows == 0) {
			throw new StaleVersionException(what, id, currentVersion.getAsLong());
		}
	}

	/**
	 * Soft-deletes a record read just before; answers it as it was, for the event. No
	 * record, or none left to delete, is a 404.
	 */
	public static <R> R deleted(Optional<R> before, IntSupplier softDelete, String what, long id) {
		if (before.isEmpty() || softDelete.getAsInt() == 0) {
			throw new NotFoundException(what, id);
		}
		return before.get();
	}

}
