package org.kam.account;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.kam.account.domain.Account;
import org.kam.account.domain.AccountFilter;
import org.kam.account.domain.AccountService;
import org.kam.identity.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of the archive; every answer respects the caller's access.
 */
@Service
public class AccountApi {

	private final AccountService accounts;

	AccountApi(AccountService accounts) {
		this.accounts = accounts;
	}

	/** The caller's own accounts, most recently changed first. */
	public List<AccountSummary> owned(CurrentUser user, int limit) {
		AccountFilter mine = new AccountFilter(null, null, null, null, null, null, null, user.id());
		return summaries(mine, user, limit);
	}

	/** The accounts the caller may read, most recently changed first. */
	public List<AccountSummary> recentlyChanged(CurrentUser user, int limit) {
		return summaries(AccountFilter.none(), user, limit);
	}

	public Map<AccountStatus, Long> countByStatus(CurrentUser user) {
		Map<AccountStatus, Long> counts = new EnumMap<>(AccountStatus.class);
		for (AccountStatus status : AccountStatus.values()) {
			counts.put(status, 0L);
		}
		accounts.countByStatus(AccountFilter.none(), user).forEach((k, v) -> counts.put(AccountStatus.valueOf(k), v));
		return counts;
	}

	/** Counts per tier; accounts without a tier are counted under {@code null}. */
	public Map<Tier, Long> countByTier(CurrentUser user) {
		Map<Tier, Long> counts = new java.util.LinkedHashMap<>();
		for (Tier tier : Tier.values()) {
			counts.put(tier, 0L);
		}
		accounts.countByTier(user).forEach((k, v) -> counts.put(k == null ? null : Tier.valueOf(k), v));
		return counts;
	}

	private List<AccountSummary> summaries(AccountFilter filter, CurrentUser user, int limit) {
		return accounts.latest(filter, limit, user).stream().map(AccountApi::summary).toList();
	}

	private static AccountSummary summary(Account a) {
		return new AccountSummary(a.id(), a.name(), a.status(), a.urgency(), a.tier(), a.province(), a.city(),
				a.ownerId(), a.updatedAt());
	}

}
