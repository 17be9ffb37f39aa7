package org.kam.identity.domain;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kam.identity.Role;

/**
 * What an admin sends to create or change a user. On a change the password is optional
 * (absent keeps the old one) and {@code version}, when given, must match.
 */
public record UserForm(
		@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+",
				message = "{validation.username.pattern}") String username,
		@Size(min = 10, max = 128, message = "{validation.password.size}") String password,
		@NotBlank @Size(max = 100) String displayName, @NotEmpty Set<@NotNull Role> roles, Boolean enabled,
		Long version) {

	boolean enabledOrDefault() {
		return enabled == null || enabled;
	}

}
