package org.kam.contract;

/** Where a contract is in its life. */
public enum ContractStatus {

	/** Being negotiated, not yet in force. */
	DRAFT,
	/** In force. */
	ACTIVE,
	/** Ran to its end date. */
	EXPIRED,
	/** Ended early. */
	TERMINATED,
	/** Replaced by a follow-up contract. */
	RENEWED

}
