package org.kam.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarRangeTests {

	@Test
	void yearsOneToNineThousandNineHundredNinetyNine() {
		assertThat(CalendarRange.contains(LocalDate.of(1, 1, 1))).isTrue();
		assertThat(CalendarRange.contains(LocalDate.of(9999, 12, 31))).isTrue();
		assertThat(CalendarRange.contains(LocalDate.of(0, 1, 1))).isFalse();
		assertThat(CalendarRange.contains(LocalDate.of(-1, 1, 1))).isFalse();
		assertThat(CalendarRange.contains(OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))).isFalse();
		assertThat(CalendarRange.contains(Instant.parse("+10000-01-01T00:00:00Z"))).isFalse();
		assertThat(CalendarRange.contains(LocalTime.NOON)).isTrue();
		assertThat(CalendarRange.contains(null)).isTrue();
	}

}
