package org.kam.identity;

/** A user as other modules show them: enough to name and to pick. */
public record UserRef(long id, String username, String displayName) {
}
