package org.kam.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logs every sign-in attempt and locks a user after repeated wrong passwords, so that a
 * password cannot be guessed by trying; the lock lifts by itself after a while.
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger("kam.login");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockFor;

	LoginAttempts(JdbcClient jdbc, Clock clock, @Value("${kam.login.max-failures:5}") int maxFailures,
			@Value("${kam.login.lock-duration:15m}") Duration lockFor) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockFor = lockFor;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = UserService.normalize(String.valueOf(event.getAuthentication().getName()));
		log.warn("Sign-in refused for '{}' from {}: {}", printable(username),
				remote(event.getAuthentication().getDetails()), event.getException().getClass().getSimpleName());
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			countFailure(username);
		}
	}

	@EventListener
	void interactiveSuccess(InteractiveAuthenticationSuccessEvent event) {
		log.info("Signed in: '{}' from {}", printable(event.getAuthentication().getName()),
				remote(event.getAuthentication().getDetails()));
	}

	/**
	 * Every successful authentication (also each Basic one) forgets earlier failures;
	 * cheap when there are none.
	 */
	@EventListener
	void success(AuthenticationSuccessEvent event) {
		jdbc.sql("update app_user set failed_logins = 0 where username = :username and failed_logins > 0")
			.param("username", UserService.normalize(event.getAuthentication().getName()))
			.update();
	}

	private void countFailure(String username) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("update app_user set failed_logins = failed_logins + 1 where username = :username")
			.param("username", username)
			.update();
		int locked = jdbc.sql("""
				update app_user set locked_until = :until, failed_logins = 0
				where username = :username and failed_logins >= :max""")
			.param("until", now.plus(lockFor))
			.param("username", username)
			.param("max", maxFailures)
			.update();
		if (locked > 0) {
			log.warn("User '{}' locked until {} after {} failed sign-ins", printable(username), now.plus(lockFor),
					maxFailures);
		}
	}

	private static String remote(Object details) {
		return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
	}

	/** Usernames come from the attacker too: no line breaks into the log. */
	private static String printable(String text) {
		String clean = text.replaceAll("\\p{Cntrl}", "?");
		return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
	}

}
