package org.kam.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the complaint stands. A complaint moves forward (open, in progress, resolved,
 * closed); a resolved one may be reopened (back to in progress) when the customer is not
 * satisfied; a closed one is final.
 */
public enum ComplaintStatus {

	OPEN, IN_PROGRESS, RESOLVED, CLOSED;

	/** The statuses this one may change to (besides staying as it is). */
	public Set<ComplaintStatus> next() {
		return switch (this) {
			case OPEN -> EnumSet.of(IN_PROGRESS, RESOLVED, CLOSED);
			case IN_PROGRESS -> EnumSet.of(RESOLVED, CLOSED);
			case RESOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
			case CLOSED -> EnumSet.noneOf(ComplaintStatus.class);
		};
	}

	public boolean mayBecome(ComplaintStatus target) {
		return target == this || next().contains(target);
	}

	/** Still being handled: the targets still run. */
	public boolean active() {
		return this == OPEN || this == IN_PROGRESS;
	}

}
