package org.kam.complaint;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kam.complaint.domain.ComplaintTargets;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The targets per severity: defaults in code, any of them overridden by configuration.
 */
class ComplaintTargetsTests {

	@Test
	void defaultsHoldWithoutConfiguration() {
		ComplaintTargets targets = ComplaintTargets.defaults();

		assertThat(targets.of(ComplaintSeverity.CRITICAL).response()).isEqualTo(Duration.ofHours(2));
		assertThat(targets.of(ComplaintSeverity.CRITICAL).resolution()).isEqualTo(Duration.ofHours(24));
		assertThat(targets.of(ComplaintSeverity.LOW).resolution()).isEqualTo(Duration.ofDays(14));
	}

	@Test
	void aConfiguredTargetReplacesOnlyItsDefault() {
		var source = new MapConfigurationPropertySource(Map.of("kam.complaints.targets.CRITICAL.response", "30m",
				"kam.complaints.targets.LOW.resolution", "30d"));

		ComplaintTargets targets = new Binder(source).bindOrCreate("kam.complaints", ComplaintTargets.class);

		assertThat(targets.of(ComplaintSeverity.CRITICAL).response()).isEqualTo(Duration.ofMinutes(30));
		assertThat(targets.of(ComplaintSeverity.CRITICAL).resolution()).isEqualTo(Duration.ofHours(24));
		assertThat(targets.of(ComplaintSeverity.LOW).resolution()).isEqualTo(Duration.ofDays(30));
		assertThat(targets.of(ComplaintSeverity.HIGH).response()).isEqualTo(Duration.ofHours(4));
	}

}
