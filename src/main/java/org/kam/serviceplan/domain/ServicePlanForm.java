package org.kam.serviceplan.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A service plan as a client sends it. {@code dueOn} for a plan without recurrence,
 * {@code startsOn} (and optionally {@code endsOn}) for a recurring one; the responsible
 * user defaults to the sender; {@code version} is required on change.
 */
public record ServicePlanForm(@NotBlank @Size(max = 2000) String service, ServiceMethod method, Long responsibleId,
		ServicePlanStatus status, Recurrence recurrence, LocalDate dueOn, LocalDate startsOn, LocalDate endsOn,
		Long version) {

	public Recurrence recurrenceOrNone() {
		return recurrence == null ? Recurrence.NONE : recurrence;
	}

}
