package org.kam.devplan.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A stakeholder as a client sends it: one of the account's live contacts. */
public record StakeholderForm(@NotNull Long contactId, @NotNull Influence influence, @NotNull Attitude attitude,
		@Size(max = 2000) String nextMove) {

	static StakeholderForm blank() {
		return new StakeholderForm(null, Influence.MEDIUM, Attitude.NEUTRAL, null);
	}

}
