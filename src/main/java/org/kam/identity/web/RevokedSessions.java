package org.kam.identity.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.kam.identity.domain.KamUserDetails;
import org.kam.identity.domain.SessionValidity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose user was disabled, had their roles changed or their password reset
 * since signing in, before the request is authorized: it then goes on as a signed-out one
 * (a page is sent to the login page, an API call gets 401).
 *
 * <p>
 * A role change signs the user out too, rather than refreshing the roles in the session:
 * the roles decide what a page showed and which forms it offered, so the user starts
 * again from a sign-in that shows what they may do now; and a change of roles is rare
 * enough that signing in again costs little. One rule for every change also keeps this
 * filter simple. HTTP Basic loads the user on every request, so its principal always
 * carries the current stamp; the check costs it one read all the same.
 */
class RevokedSessions extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("kam.login");

	private final SessionValidity validity;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	RevokedSessions(SessionValidity validity) {
		this.validity = validity;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof KamUserDetails principal
				&& !validity.stillHolds(principal)) {
			log.info("Signed out '{}': disabled, roles changed or password reset since signing in",
					principal.getUsername());
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			contexts.clearContext();
		}
		chain.doFilter(request, response);
	}

}
