package org.kam.sales.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An order as a client sends it. {@code currency} defaults to
 * {@code kam.default-currency}; {@code version} is required on change. {@code accountId}
 * is only read by the bulk load across accounts; elsewhere the path names the account.
 */
public record SalesOrderForm(Long accountId, @NotBlank @Size(max = 40) String orderNo,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate orderDate, @NotNull Long salespersonId,
		@Pattern(regexp = "[A-Za-z]{3}", message = "{sales.validation.currency}") String currency,
		@NotEmpty(message = "{sales.validation.lines}") @Size(
				max = SalesOrderForm.MAX_LINES) @Valid List<@NotNull @Valid SalesLineForm> lines,
		Long version) {

	public static final int MAX_LINES = 500;

	public SalesOrderForm {
		lines = lines == null ? null : new ArrayList<>(lines);
	}

	public static SalesOrderForm empty(LocalDate today, Long salespersonId, String currency) {
		return new SalesOrderForm(null, null, today, salespersonId, currency,
				new ArrayList<>(List.of(SalesLineForm.blank())), null);
	}

	/** The same order with one more empty line, for the form's "add line" button. */
	public SalesOrderForm withLineAdded() {
		List<SalesLineForm> more = new ArrayList<>(lines == null ? List.of() : lines);
		more.add(SalesLineForm.blank());
		return withLines(more);
	}

	/** The same order without line {@code index}, for the form's "remove" buttons. */
	public SalesOrderForm withLineRemoved(int index) {
		List<SalesLineForm> fewer = new ArrayList<>(lines == null ? List.of() : lines);
		if (index >= 0 && index < fewer.size()) {
			fewer.remove(index);
		}
		return withLines(fewer);
	}

	public SalesOrderForm withLines(List<SalesLineForm> newLines) {
		return new SalesOrderForm(accountId, orderNo, orderDate, salespersonId, currency, newLines, version);
	}

	public SalesOrderForm withAccount(Long newAccountId) {
		return new SalesOrderForm(newAccountId, orderNo, orderDate, salespersonId, currency, lines, version);
	}

}
