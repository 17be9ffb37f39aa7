package org.kam.identity;

import java.util.Optional;

import org.kam.identity.domain.KamUserDetails;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user signed in on the current request, if any. */
public final class SignedIn {

	private SignedIn() {
	}

	public static Optional<CurrentUser> user() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof KamUserDetails details) {
			return Optional.of(details.currentUser());
		}
		return Optional.empty();
	}

}
