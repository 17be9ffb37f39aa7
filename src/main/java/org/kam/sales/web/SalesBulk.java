package org.kam.sales.web;

import java.util.List;
import java.util.Locale;

import org.kam.identity.CurrentUser;
import org.kam.sales.domain.BulkOutcome;
import org.kam.sales.domain.SalesService;
import org.kam.shared.FieldProblem;
import org.kam.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The answer of both bulk endpoints. Atomic (the default): 200 with the report when every
 * row is valid, else 400 problem details whose {@code errors} name each bad field as
 * {@code orders[i].field} and whose {@code rows} list the invalid rows; nothing is
 * written. {@code mode=partial}: 200 with a report of every row (created, unchanged or
 * error).
 */
@Component
class SalesBulk {

	private final SalesService sales;

	SalesBulk(SalesService sales) {
		this.sales = sales;
	}

	ResponseEntity<?> load(Long accountId, BulkRequest request, String mode, CurrentUser user) {
		boolean partial = mode(mode);
		BulkOutcome outcome = sales.bulk(accountId, request == null ? null : request.orders(), partial, user);
		if (partial || !outcome.hasErrors()) {
			return ResponseEntity.ok(BulkResponse.of(outcome));
		}
		List<BulkOutcome.Row> bad = outcome.rows()
			.stream()
			.filter(r -> r.status() == BulkOutcome.Status.ERROR)
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, bad.size() + " of "
				+ outcome.rows().size() + " orders are invalid; nothing was written. Fix them and send again.");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", bad.stream()
			.flatMap(r -> r.errors()
				.stream()
				.map(e -> new FieldProblem("orders[" + r.index() + "]" + (e.field().isEmpty() ? "" : "." + e.field()),
						e.message())))
			.toList());
		problem.setProperty("rows", bad.stream().map(BulkResponse::row).toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean mode(String mode) {
		if (mode == null || mode.isBlank() || mode.equalsIgnoreCase("atomic")) {
			return false;
		}
		if (mode.toLowerCase(Locale.ROOT).equals("partial")) {
			return true;
		}
		throw new InvalidInputException("mode", "sales.validation.mode", "must be atomic or partial");
	}

}
