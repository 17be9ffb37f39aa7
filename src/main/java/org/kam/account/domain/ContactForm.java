package org.kam.account.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kam.account.DecisionRole;
import org.kam.shared.Birthday;
import org.springframework.format.annotation.DateTimeFormat;

/** A contact as a client sends it; {@code version} is required on change. */
public record ContactForm(@NotBlank @Size(max = 100) String name, @Size(max = 100) String title,
		DecisionRole decisionRole,
		@Size(max = 40) @Pattern(regexp = "([0-9+()\\- ]*[0-9][0-9+()\\- ]*)?",
				message = "{validation.phone}") String phone,
		@Size(max = 200) @Email String email,
		@Past @Birthday @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthday,
		@Size(max = 2000) String preferences, @Size(max = 4000) String notes, Boolean primary, Long version) {
}
