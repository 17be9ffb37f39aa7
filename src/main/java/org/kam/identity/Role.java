package org.kam.identity;

/** What a user does in the key account team (BRIEF §5). */
public enum Role {

	/** Runs the system: users, configuration, operations. */
	ADMIN,
	/** Team manager (管理者): reviews and arbitrates. */
	MANAGER,
	/** Custodian (信息保管员): keeps the archives and approves who may borrow them. */
	CUSTODIAN,
	/** Analyst (信息分析员): screens and analyses. */
	ANALYST,
	/** Collector (信息采集员): collects and follows up. */
	COLLECTOR,
	/** Key account manager: works the accounts they own. */
	ACCOUNT_MANAGER;

	public String authority() {
		return "ROLE_" + name();
	}

}
