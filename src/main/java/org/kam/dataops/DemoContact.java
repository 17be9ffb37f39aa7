package org.kam.dataops;

import java.time.LocalDate;

import org.kam.account.DecisionRole;

/** A generated contact of a {@link DemoAccount}. */
record DemoContact(String name, String title, DecisionRole decisionRole, String phone, String email, LocalDate birthday,
		String preferences, boolean primary) {

}
