package org.kam.identity.domain;

import java.util.Optional;

import org.kam.identity.domain.LoginThrottle.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password (the login form and HTTP Basic alike) behind the
 * {@link LoginThrottle}. Every failure, whatever its reason, leaves the same
 * {@link BadCredentialsException} (the login page and the API answer it one way, so
 * nobody learns who exists, who is disabled or who is throttled); the real reason goes to
 * the log ({@code kam.login}).
 */
@Component
public class ThrottledSignIn implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger("kam.login");

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final PasswordEncoder encoder;

	/** Spent on a refused user so that a refusal takes as long as a password check. */
	private final String decoyHash;

	ThrottledSignIn(KamUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		// the reason is logged below and then hidden like every other one
		this.passwords.setHideUserNotFoundExceptions(false);
		this.throttle = throttle;
		this.encoder = encoder;
		this.decoyHash = encoder.encode("decoy-password-for-timing");
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		String username = UserService.normalize(String.valueOf(attempt.getName()));
		String address = LoginThrottle.key(remote(attempt.getDetails()));
		Optional<Refusal> refusal = throttle.check(address, username);
		if (refusal.isPresent()) {
			if (refusal.get() == Refusal.USER) {
				encoder.matches(String.valueOf(attempt.getCredentials()), decoyHash);
			}
			throttle.failed(address, username, false);
			throw refused(username, address, refusal.get() == Refusal.ADDRESS ? "address throttled"
					: "user throttled (this address has failed before)");
		}
		try {
			Authentication authenticated = passwords.authenticate(attempt);
			throttle.succeeded(username);
			return authenticated;
		}
		catch (UsernameNotFoundException e) {
			throttle.failed(address, username, false);
			throw refused(username, address, "unknown user");
		}
		catch (DisabledException e) {
			throttle.failed(address, username, false);
			throw refused(username, address, "user disabled");
		}
		catch (BadCredentialsException e) {
			throttle.failed(address, username, true);
			throw refused(username, address, "wrong password");
		}
		catch (AccountStatusException e) {
			throttle.failed(address, username, false);
			throw refused(username, address, e.getClass().getSimpleName());
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		log.info("Signed in: '{}' from {}", printable(event.getAuthentication().getName()),
				remote(event.getAuthentication().getDetails()));
	}

	private static BadCredentialsException refused(String username, String address, String reason) {
		log.warn("Sign-in refused for '{}' from {}: {}", printable(username), address, reason);
		return new BadCredentialsException("Bad credentials");
	}

	private static String remote(Object details) {
		return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
	}

	/** Usernames come from the attacker too: no line breaks into the log. */
	private static String printable(String text) {
		String clean = text.replaceAll("\\p{Cntrl}", "?");
		return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
	}

}
