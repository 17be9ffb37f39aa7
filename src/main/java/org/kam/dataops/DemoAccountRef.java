package org.kam.dataops;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A freshly loaded demo account as fillers see it: enough to write consistent records
 * (the owner is the salesperson, the contacts answer surveys, a tier-A account buys
 * more).
 */
public record DemoAccountRef(long id, String name, Long ownerId, String status, String tier, String industry,
		String province, String city, OffsetDateTime createdAt, List<Long> contactIds) {

	public DemoAccountRef {
		contactIds = List.copyOf(contactIds);
	}

}
