package org.kam.account;

/** The part a contact plays in the account's buying decisions. */
public enum DecisionRole {

	DECISION_MAKER, INFLUENCER, USER, GATEKEEPER, OTHER

}
