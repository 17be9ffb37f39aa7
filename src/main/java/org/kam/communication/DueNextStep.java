package org.kam.communication;

import java.time.LocalDate;

/**
 * An open next step as "my day" lists it.
 *
 * @param communicationId the communication it follows
 * @param accountId the account, for the link
 * @param accountName the account's name
 * @param subject the communication's subject
 * @param nextStep what is to be done
 * @param due when it is due
 * @param overdue whether it was due before today
 * @param version the communication's version, to mark the step done
 */
public record DueNextStep(long communicationId, long accountId, String accountName, String subject, String nextStep,
		LocalDate due, boolean overdue, long version) {
}
