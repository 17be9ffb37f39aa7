package org.kam.market.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A market report as a client sends it, to create one or to replace one. The same
 * validation serves the API and the form; rules across fields (industry or province, the
 * period, the sum of the shares, the linked accounts) are the service's.
 * <p>
 * The period is either a label ({@code period}: {@code 2026}, {@code 2026-H1},
 * {@code 2026-Q3}, {@code 2026-05}) or {@code periodStart} and {@code periodEnd}.
 * {@code version} is required on change.
 */
public record MarketReportForm(@NotBlank @Size(max = 200) String title, @Size(max = 100) String industry,
		@Size(max = 50) String province, @Size(max = 50) String city, @Size(max = 20) String period,
		LocalDate periodStart, LocalDate periodEnd,
		@DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal marketSize,
		@Pattern(regexp = "[A-Za-z]{3}", message = "{market.validation.currency}") String currency,
		@DecimalMin("-100") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal growthRate,
		@Size(max = 20) List<@Valid @NotNull CompetitorForm> competitors, @Size(max = 8000) String demandNotes,
		@Size(max = 100) List<@NotNull Long> accountIds, Long version) {

	/** The non-null lists, so callers need not check. */
	public List<CompetitorForm> competitorRows() {
		return competitors == null ? List.of() : competitors;
	}

	public List<Long> linkedIds() {
		return accountIds == null ? List.of() : accountIds;
	}

	public MarketReportForm withCompetitors(List<CompetitorForm> rows) {
		return new MarketReportForm(title, industry, province, city, period, periodStart, periodEnd, marketSize,
				currency, growthRate, rows, demandNotes, accountIds, version);
	}

	public MarketReportForm withAccountIds(List<Long> ids) {
		return new MarketReportForm(title, industry, province, city, period, periodStart, periodEnd, marketSize,
				currency, growthRate, competitors, demandNotes, ids, version);
	}

	public MarketReportForm withVersion(Long newVersion) {
		return new MarketReportForm(title, industry, province, city, period, periodStart, periodEnd, marketSize,
				currency, growthRate, competitors, demandNotes, accountIds, newVersion);
	}

}
