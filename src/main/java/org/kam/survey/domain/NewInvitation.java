package org.kam.survey.domain;

/**
 * An invitation just created, with its token: the only moment the token exists outside
 * the customer's link.
 */
public record NewInvitation(Invitation invitation, String token) {
}
