package org.kam.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in UTC, so that tests can fix time; and the one
 * company time zone ({@code kam.time-zone}, {@code KAM_TIME_ZONE}) in which dates are
 * entered and shown while times are stored in UTC.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ZoneId companyZone(@Value("${kam.time-zone:Asia/Shanghai}") String zone) {
		return ZoneId.of(zone);
	}

}
