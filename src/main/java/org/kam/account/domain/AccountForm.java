package org.kam.account.domain;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kam.account.AccountStatus;
import org.kam.account.SizeBand;
import org.kam.account.Tier;
import org.kam.account.Urgency;

/**
 * An account as a client sends it, to create one or to replace one's archive fields. The
 * same validation serves the API and the forms. {@code version} is required on change.
 */
public record AccountForm(@NotBlank @Size(max = 200) String name, @Size(max = 40) @ValidUscc String uscc,
		@Size(max = 100) String industry, @Size(max = 50) String province, @Size(max = 50) String city,
		SizeBand sizeBand, @Size(max = 300) String address,
		@Size(max = 300) @Pattern(regexp = "(?i)((https?://)?[^\\s/$.?#][^\\s]*)?",
				message = "{validation.website}") String website,
		AccountStatus status, Urgency urgency, Tier tier, Long ownerId,
		@Size(max = 20) List<@NotNull @Size(min = 1, max = 50) @Pattern(regexp = "[^,]*",
				message = "{validation.tag.comma}") String> tags,
		@Size(max = 4000) String needs, @Size(max = 4000) String preferences, @Size(max = 8000) String notes,
		Long version) {
}
