package org.kam.devplan.domain;

/** How much a stakeholder weighs in the account's decisions. */
public enum Influence {

	HIGH, MEDIUM, LOW

}
