package org.kam.communication.domain;

import java.time.LocalDate;

import org.kam.communication.Channel;

/**
 * The filters of the communication lists; every one is optional and they combine with
 * AND. {@code from} and {@code to} are days in the company's time zone, both included;
 * {@code ownerId} is the next step's owner; {@code dueBefore} keeps open next steps due
 * before that day. {@code accountId} is fixed on an account's own list.
 */
public record CommunicationFilter(Long accountId, Channel channel, LocalDate from, LocalDate to, Long ownerId,
		LocalDate dueBefore) {

	public static CommunicationFilter none() {
		return new CommunicationFilter(null, null, null, null, null, null);
	}

	public CommunicationFilter forAccount(long account) {
		return new CommunicationFilter(account, channel, from, to, ownerId, dueBefore);
	}

}
