package org.kam.identity.domain;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock a user out. Failed sign-ins
 * are counted per client address and per user, in the database so that every node sees
 * them:
 * <ul>
 * <li>an address with {@code address-max-failures} recent failures is refused for
 * {@code throttle}, doubled with each further attempt up to {@code max-throttle};</li>
 * <li>a user with {@code user-max-failures} failures (from anywhere) is throttled the
 * same way, but only against addresses that have failed recently: the real user signing
 * in from a clean address still gets through, so an attacker can slow a user down but not
 * lock them out.</li>
 * </ul>
 * A success clears the user's count, an administrator's save of the user too; an address
 * is forgotten after {@code address-memory} without failures.
 */
@Component
class LoginThrottle {

	/** Why an attempt is refused before its password is even looked at. */
	enum Refusal {

		ADDRESS, USER

	}

	private static final Pattern IP_LITERAL = Pattern.compile("[0-9a-fA-F:.%]+");

	private static final int MAX_DOUBLINGS = 20;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int userMaxFailures;

	private final int addressMaxFailures;

	private final Duration throttle;

	private final Duration maxThrottle;

	private final Duration addressMemory;

	LoginThrottle(JdbcClient jdbc, Clock clock, @Value("${kam.login.user-max-failures:5}") int userMaxFailures,
			@Value("${kam.login.address-max-failures:20}") int addressMaxFailures,
			@Value("${kam.login.throttle:1m}") Duration throttle,
			@Value("${kam.login.max-throttle:1h}") Duration maxThrottle,
			@Value("${kam.login.address-memory:1h}") Duration addressMemory) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.userMaxFailures = userMaxFailures;
		this.addressMaxFailures = addressMaxFailures;
		this.throttle = throttle;
		this.maxThrottle = maxThrottle;
		this.addressMemory = addressMemory;
	}

	/**
	 * Whether an attempt is refused, and why; empty when it may go on to the password
	 * check. A clean address costs one read by primary key.
	 */
	Optional<Refusal> check(String address, String username) {
		OffsetDateTime now = now();
		Optional<AddressState> state = jdbc
			.sql("select failures, last_failure_at, refused_until from login_throttle where address = :address")
			.param("address", address)
			.query((rs, row) -> new AddressState(rs.getInt(1), rs.getObject(2, OffsetDateTime.class),
					rs.getObject(3, OffsetDateTime.class)))
			.optional()
			.filter(s -> !s.forgotten(now, addressMemory));
		if (state.isEmpty()) {
			return Optional.empty();
		}
		if (state.get().refusedUntil() != null && state.get().refusedUntil().isAfter(now)) {
			return Optional.of(Refusal.ADDRESS);
		}
		boolean userThrottled = jdbc.sql("select throttled_until from app_user where username = :username")
			.param("username", username)
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
			.optional()
			.filter(until -> until.isAfter(now))
			.isPresent();
		return userThrottled ? Optional.of(Refusal.USER) : Optional.empty();
	}

	/**
	 * Counts a failed or refused attempt against the address, and a wrong password
	 * against the user too.
	 */
	void failed(String address, String username, boolean countForUser) {
		OffsetDateTime now = now();
		forgetQuietAddresses(now);
		int failures = countAddressFailure(address, now);
		if (failures >= addressMaxFailures) {
			jdbc.sql("update login_throttle set refused_until = :until where address = :address")
				.param("until", now.plus(period(failures - addressMaxFailures)))
				.param("address", address)
				.update();
		}
		if (countForUser) {
			jdbc.sql("update app_user set failed_logins = failed_logins + 1 where username = :username")
				.param("username", username)
				.update();
			jdbc.sql("select failed_logins from app_user where username = :username")
				.param("username", username)
				.query(Integer.class)
				.optional()
				.filter(count -> count >= userMaxFailures)
				.ifPresent(count -> jdbc.sql("update app_user set throttled_until = :until where username = :username")
					.param("until", now.plus(period(count - userMaxFailures)))
					.param("username", username)
					.update());
		}
	}

	/**
	 * Every success (each Basic request too) forgets the user's failures; cheap when
	 * there are none. The address keeps its count: signing in to one's own account must
	 * not let an attacker go on guessing others' passwords.
	 */
	void succeeded(String username) {
		jdbc.sql("update app_user set failed_logins = 0, throttled_until = null "
				+ "where username = :username and failed_logins > 0")
			.param("username", username)
			.update();
	}

	private int countAddressFailure(String address, OffsetDateTime now) {
		for (int attempt = 0; attempt < 2; attempt++) {
			int updated = jdbc.sql("""
					update login_throttle set
					  failures = case when last_failure_at < :forget and (refused_until is null or refused_until < :now)
					                  then 1 else failures + 1 end,
					  last_failure_at = :now
					where address = :address""")
				.param("forget", now.minus(addressMemory))
				.param("now", now)
				.param("address", address)
				.update();
			if (updated == 0) {
				try {
					jdbc.sql(
							"insert into login_throttle (address, failures, last_failure_at) values (:address, 1, :now)")
						.param("address", address)
						.param("now", now)
						.update();
					return 1;
				}
				catch (DuplicateKeyException raced) {
					continue;
				}
			}
			break;
		}
		return jdbc.sql("select failures from login_throttle where address = :address")
			.param("address", address)
			.query(Integer.class)
			.optional()
			.orElse(1);
	}

	/** Bounded growth: only addresses that failed recently or are refused stay. */
	private void forgetQuietAddresses(OffsetDateTime now) {
		jdbc.sql("""
				delete from login_throttle
				where last_failure_at < :forget and (refused_until is null or refused_until < :now)""")
			.param("forget", now.minus(addressMemory))
			.param("now", now)
			.update();
	}

	/** {@code throttle}, doubled {@code excess} times, at most {@code max-throttle}. */
	private Duration period(int excess) {
		Duration period = throttle.multipliedBy(1L << Math.min(Math.max(excess, 0), MAX_DOUBLINGS));
		return period.compareTo(maxThrottle) > 0 ? maxThrottle : period;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	/**
	 * The key an address is counted under: the address itself, but an IPv6 address by its
	 * /64 network, which one client usually holds whole.
	 */
	static String key(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.isBlank()) {
			return "unknown";
		}
		// only a literal is parsed: a name would be looked up in the DNS
		if (remoteAddress.contains(":") && IP_LITERAL.matcher(remoteAddress).matches()) {
			try {
				if (InetAddress.getByName(remoteAddress) instanceof Inet6Address v6) {
					byte[] bytes = v6.getAddress();
					StringBuilder network = new StringBuilder();
					for (int i = 0; i < 8; i += 2) {
						network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
							.append(':');
					}
					return network.append(":/64").toString();
				}
			}
			catch (UnknownHostException e) {
				// not an address after all: counted as written
			}
		}
		return remoteAddress.length() > 64 ? remoteAddress.substring(0, 64) : remoteAddress;
	}

	private record AddressState(int failures, OffsetDateTime lastFailureAt, OffsetDateTime refusedUntil) {

		boolean forgotten(OffsetDateTime now, Duration memory) {
			return lastFailureAt.isBefore(now.minus(memory)) && (refusedUntil == null || refusedUntil.isBefore(now));
		}

	}

}
