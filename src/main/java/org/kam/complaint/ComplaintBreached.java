package org.kam.complaint;

/**
 * An active complaint passed its response or resolution target; published once per
 * complaint and target by the escalation, in the transaction that records it. The
 * notification module tells the team managers.
 *
 * @param complaintId the complaint
 * @param accountId its account
 * @param accountName the account's name when it was escalated
 * @param target which target was missed
 */
public record ComplaintBreached(long complaintId, long accountId, String accountName, Target target) {

	/** Which target was missed. */
	public enum Target {

		RESPONSE, RESOLUTION

	}

	/** The complaint's page, for a link. */
	public String link() {
		return "/accounts/" + accountId + "/complaints/" + complaintId + "/edit";
	}

}
