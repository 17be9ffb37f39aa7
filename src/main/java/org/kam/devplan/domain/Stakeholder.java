package org.kam.devplan.domain;

/** A contact of the account on the plan's stakeholder map, with the contact's name. */
public record Stakeholder(long contactId, String contactName, Influence influence, Attitude attitude, String nextMove) {

}
