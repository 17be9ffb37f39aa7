package org.kam.account;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An account with its contacts as a bulk load writes it (demo data, later imports): the
 * times and the author ({@code writtenBy}, may be null) are kept as given, the contacts
 * carry their account's.
 */
public record NewAccount(String name, String uscc, String industry, String province, String provinceCode, String city,
		String cityCode, SizeBand sizeBand, String address, String website, AccountStatus status, Urgency urgency,
		Tier tier, Long ownerId, List<String> tags, String needs, String preferences, String notes,
		OffsetDateTime createdAt, OffsetDateTime updatedAt, Long writtenBy, List<NewContact> contacts) {

	public NewAccount {
		tags = List.copyOf(tags);
		contacts = List.copyOf(contacts);
	}

}
