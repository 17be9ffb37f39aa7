package org.kam.identity.domain;

import java.time.OffsetDateTime;
import java.util.Set;

import org.kam.identity.Role;

/** A user as stored, without the password hash. */
public record User(long id, String username, String displayName, boolean enabled, Set<Role> roles,
		OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
}
