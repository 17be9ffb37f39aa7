package org.kam.dataops;

import java.time.OffsetDateTime;
import java.util.List;

import org.kam.account.AccountStatus;
import org.kam.account.SizeBand;
import org.kam.account.Tier;
import org.kam.account.Urgency;

/**
 * A generated account with its contacts, before it has an id. The owner is an index into
 * the demo account managers (null: nobody owns it yet), so generation needs no database.
 */
record DemoAccount(String name, String uscc, String industry, String province, String provinceCode, String city,
		String cityCode, SizeBand sizeBand, String address, String website, AccountStatus status, Urgency urgency,
		Tier tier, Integer owner, List<String> tags, String needs, String preferences, String notes,
		OffsetDateTime createdAt, OffsetDateTime updatedAt, List<DemoContact> contacts) {

}
