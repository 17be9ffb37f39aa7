package org.kam.account.web;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineSectionQueryTests {

	private final OffsetDateTime at = OffsetDateTime.parse("2026-01-10T09:30:15+08:00");

	@Test
	void theOlderLinkKeepsTheKindAndContinuesBeforeTheLastEntry() {
		assertThat(new TimelineSectionQuery("surveys", null).olderThan(7, at))
			.isEqualTo("/accounts/7/timeline/section?kind=surveys&before=2026-01-10T09%3A30%3A15%2B08%3A00");
	}

	@Test
	void everyKindIsNoKindInTheLink() {
		assertThat(new TimelineSectionQuery(" ", at.minusDays(1)).kindOrAll()).isNull();
		assertThat(new TimelineSectionQuery(null, at.minusDays(1)).olderThan(7, at))
			.isEqualTo("/accounts/7/timeline/section?before=2026-01-10T09%3A30%3A15%2B08%3A00");
	}

}
