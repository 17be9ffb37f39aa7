package org.kam.account.domain;

import org.kam.account.AccountStatus;
import org.kam.account.SizeBand;
import org.kam.account.Tier;
import org.kam.account.Urgency;

/**
 * The filters of the account list; every one is optional and they combine with AND.
 * Province and city are GB/T 2260 codes once {@link AccountService} has resolved what the
 * caller typed (a code, 广东, 广东省 or Guangdong).
 */
public record AccountFilter(String q, String province, String city, String industry, AccountStatus status,
		Urgency urgency, Tier tier, Long ownerId, SizeBand sizeBand) {

	public AccountFilter(String q, String province, String city, String industry, AccountStatus status, Urgency urgency,
			Tier tier, Long ownerId) {
		this(q, province, city, industry, status, urgency, tier, ownerId, null);
	}

	public AccountFilter withStatus(AccountStatus newStatus) {
		return new AccountFilter(q, province, city, industry, newStatus, urgency, tier, ownerId, sizeBand);
	}

	AccountFilter withRegion(String provinceCode, String cityCode) {
		return new AccountFilter(q, provinceCode, cityCode, industry, status, urgency, tier, ownerId, sizeBand);
	}

	/** Whether only status and tier are set: the filters the account tally answers. */
	boolean onlyStatusOrTier() {
		return (q == null || q.isBlank()) && province == null && city == null && industry == null && urgency == null
				&& ownerId == null && sizeBand == null;
	}

	public static AccountFilter none() {
		return new AccountFilter(null, null, null, null, null, null, null, null, null);
	}

}
