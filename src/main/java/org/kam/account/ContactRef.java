package org.kam.account;

/**
 * A contact as other modules name and pick it (participants, stakeholders, survey
 * respondents).
 */
public record ContactRef(long id, long accountId, String name, String title, DecisionRole decisionRole, String email) {
}
