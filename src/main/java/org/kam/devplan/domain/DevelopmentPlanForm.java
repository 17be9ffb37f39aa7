package org.kam.devplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A development plan as a client sends it, with all its milestones and stakeholders (they
 * replace the stored ones as a whole). {@code currency} defaults to
 * {@code kam.default-currency}; {@code version} is required on change.
 */
public record DevelopmentPlanForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
		@NotBlank @Size(max = 200) String title, @Size(max = 4000) String goals,
		@DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal revenueTarget, String currency,
		@Size(max = 2000) String newProductLines, @Size(max = 4000) String cooperation,
		@Size(max = MAX_ROWS) @Valid List<@NotNull @Valid MilestoneForm> milestones,
		@Size(max = MAX_ROWS) @Valid List<@NotNull @Valid StakeholderForm> stakeholders, Long version) {

	public static final int MAX_ROWS = 100;

	public DevelopmentPlanForm {
		milestones = milestones == null ? new ArrayList<>() : new ArrayList<>(milestones);
		stakeholders = stakeholders == null ? new ArrayList<>() : new ArrayList<>(stakeholders);
	}

	public static DevelopmentPlanForm empty(LocalDate today, String currency) {
		LocalDate start = today.withDayOfYear(1);
		return new DevelopmentPlanForm(start, start.plusYears(1).minusDays(1), null, null, null, currency, null, null,
				List.of(MilestoneForm.blank()), List.of(), null);
	}

	public DevelopmentPlanForm withMilestoneAdded() {
		List<MilestoneForm> more = new ArrayList<>(milestones);
		more.add(MilestoneForm.blank());
		return with(more, stakeholders);
	}

	public DevelopmentPlanForm withMilestoneRemoved(int index) {
		List<MilestoneForm> fewer = new ArrayList<>(milestones);
		if (index >= 0 && index < fewer.size()) {
			fewer.remove(index);
		}
		return with(fewer, stakeholders);
	}

	public DevelopmentPlanForm withStakeholderAdded() {
		List<StakeholderForm> more = new ArrayList<>(stakeholders);
		more.add(StakeholderForm.blank());
		return with(milestones, more);
	}

	public DevelopmentPlanForm withStakeholderRemoved(int index) {
		List<StakeholderForm> fewer = new ArrayList<>(stakeholders);
		if (index >= 0 && index < fewer.size()) {
			fewer.remove(index);
		}
		return with(milestones, fewer);
	}

	private DevelopmentPlanForm with(List<MilestoneForm> m, List<StakeholderForm> s) {
		return new DevelopmentPlanForm(periodStart, periodEnd, title, goals, revenueTarget, currency, newProductLines,
				cooperation, m, s, version);
	}

}
