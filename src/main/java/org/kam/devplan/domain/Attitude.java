package org.kam.devplan.domain;

/** How a stakeholder stands towards us. */
public enum Attitude {

	CHAMPION, SUPPORTER, NEUTRAL, SKEPTIC, OPPONENT

}
