package org.kam.communication.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.kam.communication.Channel;
import org.kam.communication.domain.CommunicationFilter;
import org.kam.shared.PageQuery;
import org.kam.shared.Paged;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The parameters of one account's communication list. The account is the path's: there is
 * no {@code accountId} here, so that {@code ?accountId=} stays refused as a parameter
 * this list does not read.
 */
record AccountCommunicationsQuery(Channel channel, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @Schema(defaultValue = "0") Integer page,
		@Schema(defaultValue = "" + PageQuery.DEFAULT_SIZE) Integer size, String sort) implements Paged {

	CommunicationFilter filter(long accountId) {
		return new CommunicationFilter(accountId, channel, from, to, null, null);
	}

}
