package org.kam.sales.domain;

import java.util.List;

import org.kam.shared.FieldProblem;

/**
 * What a bulk load did with each order it was sent, in the order sent.
 *
 * @param partial whether valid rows were written despite invalid ones
 * @param written whether anything was written (never, when atomic and a row is invalid)
 */
public record BulkOutcome(boolean partial, boolean written, List<Row> rows) {

	public BulkOutcome {
		rows = List.copyOf(rows);
	}

	public long count(Status status) {
		return rows.stream().filter(r -> r.status() == status).count();
	}

	public boolean hasErrors() {
		return count(Status.ERROR) > 0;
	}

	public enum Status {

		/** Written now. */
		CREATED,
		/** A live order with this number and the same content exists: nothing to do. */
		UNCHANGED,
		/** Not written; see the errors. */
		ERROR,
		/**
		 * Valid, but not written because another row was invalid (atomic mode only).
		 */
		SKIPPED

	}

	/**
	 * One order of the request.
	 *
	 * @param index its position in the request, from 0
	 * @param id the order's id when created or unchanged
	 */
	public record Row(int index, String orderNo, Status status, Long id, List<FieldProblem> errors) {

		public Row {
			errors = List.copyOf(errors);
		}

	}

}
