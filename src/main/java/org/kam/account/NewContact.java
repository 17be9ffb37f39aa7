package org.kam.account;

import java.time.LocalDate;

/** A contact of a {@link NewAccount}. */
public record NewContact(String name, String title, DecisionRole decisionRole, String phone, String email,
		LocalDate birthday, String preferences, boolean primary) {

}
