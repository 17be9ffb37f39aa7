package org.kam.serviceplan.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A service plan as a client sends it. {@code dueOn} for a plan without recurrence,
 * {@code startsOn} (and optionally {@code endsOn}) for a recurring one; the responsible
 * user defaults to the sender; {@code version} is required on change. Dates are ISO, as
 * date inputs send and show them.
 */
public record ServicePlanForm(@NotBlank @Size(max = 2000) String service, ServiceMethod method, Long responsibleId,
		ServicePlanStatus status, Recurrence recurrence, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, Long version) {

	public Recurrence recurrenceOrNone() {
		return recurrence == null ? Recurrence.NONE : recurrence;
	}

}
