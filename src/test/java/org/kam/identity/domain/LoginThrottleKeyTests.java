package org.kam.identity.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The key a client address is throttled under. */
class LoginThrottleKeyTests {

	@Test
	void anIpv4AddressCountsAsItself() {
		assertThat(LoginThrottle.key("203.0.113.7")).isEqualTo("203.0.113.7");
	}

	@Test
	void anIpv6AddressCountsByItsSlash64() {
		assertThat(LoginThrottle.key("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
		assertThat(LoginThrottle.key("2001:0db8:0001:0002::1")).as("another address of the same network")
			.isEqualTo("2001:db8:1:2::/64");
	}

	@Test
	void whatIsNoAddressIsKeptShortAndNeverLookedUp() {
		assertThat(LoginThrottle.key(null)).isEqualTo("unknown");
		assertThat(LoginThrottle.key("x".repeat(100))).hasSize(64);
		assertThat(LoginThrottle.key("evil.example")).isEqualTo("evil.example");
	}

}
