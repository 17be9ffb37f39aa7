package org.kam.survey.domain;

/**
 * What the public survey page may show about a link: the company's name and nothing else
 * of the account.
 *
 * @param askName whether the respondent must type a name (the link names no contact)
 */
public record OpenLink(String companyName, LinkState state, boolean askName) {
}
