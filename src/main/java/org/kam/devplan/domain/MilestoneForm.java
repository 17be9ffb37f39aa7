package org.kam.devplan.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A milestone as a client sends it; the status defaults to PLANNED. */
public record MilestoneForm(@NotBlank @Size(max = 200) String title,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, MilestoneStatus status) {

	static MilestoneForm blank() {
		return new MilestoneForm(null, null, MilestoneStatus.PLANNED);
	}

	public MilestoneStatus statusOrPlanned() {
		return status == null ? MilestoneStatus.PLANNED : status;
	}

}
