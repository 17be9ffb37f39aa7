package org.kam.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kam.identity.domain.LoginThrottle.Refusal;
import org.kam.support.H2Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's periods grow and end, and an address's row goes once it has been quiet:
 * the table holds recent failures only. Runs on a clock the test moves.
 */
@H2Test
class LoginThrottleTests {

	private static final Duration MEMORY = Duration.ofHours(1);

	@Autowired
	JdbcClient jdbc;

	MovingClock clock;

	LoginThrottle throttle;

	String address;

	@BeforeEach
	void setUp() {
		// far in the future, so that rows of other tests never look recent
		clock = new MovingClock(Instant.parse("2100-01-01T00:00:00Z").plusSeconds(System.nanoTime() % 1_000_000));
		throttle = new LoginThrottle(jdbc, clock, 5, 3, Duration.ofMinutes(1), Duration.ofMinutes(10), MEMORY);
		address = "192.0.2." + (1 + System.nanoTime() % 250);
		jdbc.sql("delete from login_throttle where address = :a").param("a", address).update();
	}

	@Test
	void anAddressIsRefusedForAGrowingPeriodThatEnds() {
		throttle.failed(address, "nobody", false);
		throttle.failed(address, "nobody", false);
		assertThat(throttle.check(address, "nobody")).as("two failures").isEmpty();

		throttle.failed(address, "nobody", false);
		assertThat(throttle.check(address, "nobody")).contains(Refusal.ADDRESS);
		clock.move(Duration.ofSeconds(61));
		assertThat(throttle.check(address, "nobody")).as("after the first minute").isEmpty();

		throttle.failed(address, "nobody", false);
		clock.move(Duration.ofSeconds(61));
		assertThat(throttle.check(address, "nobody")).as("the second refusal lasts two minutes")
			.contains(Refusal.ADDRESS);
		clock.move(Duration.ofSeconds(60));
		assertThat(throttle.check(address, "nobody")).isEmpty();

		for (int i = 0; i < 10; i++) {
			throttle.failed(address, "nobody", false);
		}
		clock.move(Duration.ofMinutes(10).plusSeconds(1));
		assertThat(throttle.check(address, "nobody")).as("never longer than max-throttle").isEmpty();
	}

	@Test
	void aQuietAddressIsForgottenAndItsRowDeleted() {
		throttle.failed(address, "nobody", false);
		assertThat(rows(address)).isOne();

		clock.move(MEMORY.plusMinutes(1));
		throttle.failed("198.51.100.77", "nobody", false);

		assertThat(rows(address)).as("deleted by the next failure anywhere").isZero();
		assertThat(throttle.check(address, "nobody")).isEqualTo(Optional.empty());
	}

	private long rows(String address) {
		return jdbc.sql("select count(*) from login_throttle where address = :a")
			.param("a", address)
			.query(Long.class)
			.single();
	}

	private static final class MovingClock extends Clock {

		private Instant now;

		MovingClock(Instant start) {
			this.now = start;
		}

		void move(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
