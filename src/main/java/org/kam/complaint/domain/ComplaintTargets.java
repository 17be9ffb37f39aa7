package org.kam.complaint.domain;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.kam.complaint.ComplaintSeverity;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Response and resolution targets per severity, e.g.
 * {@code kam.complaints.targets.CRITICAL.response=2h}. What is not configured keeps the
 * default below. The targets of a complaint are fixed when it is received (its due times
 * are stored), so changing them applies to complaints received or re-graded afterwards.
 */
@ConfigurationProperties("kam.complaints")
public record ComplaintTargets(Map<ComplaintSeverity, Target> targets) {

	static final Map<ComplaintSeverity, Target> DEFAULTS = Map.of(ComplaintSeverity.CRITICAL,
			new Target(Duration.ofHours(2), Duration.ofHours(24)), ComplaintSeverity.HIGH,
			new Target(Duration.ofHours(4), Duration.ofHours(72)), ComplaintSeverity.MEDIUM,
			new Target(Duration.ofHours(24), Duration.ofDays(7)), ComplaintSeverity.LOW,
			new Target(Duration.ofHours(72), Duration.ofDays(14)));

	public ComplaintTargets {
		Map<ComplaintSeverity, Target> merged = new EnumMap<>(ComplaintSeverity.class);
		for (ComplaintSeverity severity : ComplaintSeverity.values()) {
			Target fallback = DEFAULTS.get(severity);
			Target given = targets == null ? null : targets.get(severity);
			merged.put(severity,
					given == null ? fallback
							: new Target(given.response() == null ? fallback.response() : given.response(),
									given.resolution() == null ? fallback.resolution() : given.resolution()));
		}
		targets = Map.copyOf(merged);
	}

	public static ComplaintTargets defaults() {
		return new ComplaintTargets(null);
	}

	public Target of(ComplaintSeverity severity) {
		return targets.get(severity);
	}

	/** How long until the first response, and until the resolution. */
	public record Target(Duration response, Duration resolution) {
	}

}
