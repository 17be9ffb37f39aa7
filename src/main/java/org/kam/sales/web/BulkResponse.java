package org.kam.sales.web;

import java.util.List;
import java.util.Locale;

import org.kam.sales.domain.BulkOutcome;
import org.kam.shared.FieldProblem;

/**
 * The per-row report of a bulk load.
 *
 * @param mode {@code atomic} or {@code partial}
 * @param written whether any order was written
 * @param rows every order of the request, in the order sent
 */
record BulkResponse(String mode, boolean written, int received, long created, long unchanged, long errors, long skipped,
		List<RowReport> rows) {

	/**
	 * @param status {@code created}, {@code unchanged}, {@code error} or {@code skipped}
	 */
	record RowReport(int index, String orderNo, String status, Long id, List<FieldProblem> errors) {
	}

	static BulkResponse of(BulkOutcome outcome) {
		return new BulkResponse(outcome.partial() ? "partial" : "atomic", outcome.written(), outcome.rows().size(),
				outcome.count(BulkOutcome.Status.CREATED), outcome.count(BulkOutcome.Status.UNCHANGED),
				outcome.count(BulkOutcome.Status.ERROR), outcome.count(BulkOutcome.Status.SKIPPED),
				outcome.rows().stream().map(BulkResponse::row).toList());
	}

	static RowReport row(BulkOutcome.Row row) {
		return new RowReport(row.index(), row.orderNo(), row.status().name().toLowerCase(Locale.ROOT), row.id(),
				row.errors());
	}

}
