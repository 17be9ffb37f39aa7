package org.kam.account.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.kam.account.AccountStatus;
import org.kam.account.Tier;
import org.kam.shared.FieldChange;
import org.kam.shared.RecordChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the account tally (accounts per status and tier, the list's exact totals) in step
 * with the account events.
 * <p>
 * A plain {@code @EventListener}, not an {@code @ApplicationModuleListener}: it runs at
 * the moment the service publishes, in the writing transaction. The tally must stay
 * exact: it commits or rolls back with the account, no reader ever sees an account
 * without its count, and a crash cannot leave it behind. A listener delivered later
 * through the event publication registry would leave a window after every commit, and
 * until a restart after a failure.
 */
@Component
class AccountTally {

	private final Accounts accounts;

	AccountTally(Accounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void on(RecordChanged event) {
		if (!event.is(AccountService.KIND)) {
			return;
		}
		switch (event.type()) {
			case CREATED ->
				accounts.retally(null, null, status(event, FieldChange::newValue), tier(event, FieldChange::newValue));
			case DELETED ->
				accounts.retally(status(event, FieldChange::oldValue), tier(event, FieldChange::oldValue), null, null);
			case CHANGED -> moved(event);
		}
	}

	/** A change names only what changed: the rest is as the account is now. */
	private void moved(RecordChanged event) {
		Optional<FieldChange> status = event.change("status");
		Optional<FieldChange> tier = event.change("tier");
		if (status.isEmpty() && tier.isEmpty()) {
			return;
		}
		List<Account> now = accounts.findAll(List.of(event.id()));
		if (now.isEmpty()) {
			return;
		}
		Account account = now.get(0);
		AccountStatus fromStatus = status.isPresent() ? status(event, FieldChange::oldValue) : account.status();
		Tier fromTier = tier.isPresent() ? tier(event, FieldChange::oldValue) : account.tier();
		accounts.retally(fromStatus, fromTier, account.status(), account.tier());
	}

	private static AccountStatus status(RecordChanged event, Function<FieldChange, String> side) {
		return event.change("status").map(side).map(AccountStatus::valueOf).orElse(null);
	}

	private static Tier tier(RecordChanged event, Function<FieldChange, String> side) {
		return event.change("tier").map(side).map(Tier::valueOf).orElse(null);
	}

}
