package org.kam.governance;

import java.util.Map;

import org.kam.identity.CurrentUser;
import org.kam.identity.Role;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may read and change which account. Decisions come out as
 * SQL conditions so that lists are filtered by the database, never after loading.
 * <p>
 * The rule for now: admins, team managers, custodians and analysts read every account;
 * account managers and collectors read and edit the accounts they own; admins and team
 * managers edit every account; custodians and analysts edit none. The governance work
 * (record-level rules, borrowing grants, approvals) replaces the inside of this class.
 */
@Component
public class AccountAccessPolicy {

	private static final Role[] READ_ALL = { Role.ADMIN, Role.MANAGER, Role.CUSTODIAN, Role.ANALYST };

	private static final Role[] EDIT_ALL = { Role.ADMIN, Role.MANAGER };

	private static final Role[] EDIT_OWN = { Role.ACCOUNT_MANAGER, Role.COLLECTOR };

	private static final SqlCondition NOTHING = new SqlCondition("1 = 0", Map.of());

	/**
	 * Accounts the user may read; {@code ownerColumn} is the qualified owner column of
	 * the query.
	 */
	public SqlCondition readable(CurrentUser user, String ownerColumn) {
		if (user.hasAnyRole(READ_ALL)) {
			return SqlCondition.always();
		}
		return user.hasAnyRole(EDIT_OWN) ? owned(user, ownerColumn) : NOTHING;
	}

	/** Accounts the user may change, their contacts included. */
	public SqlCondition editable(CurrentUser user, String ownerColumn) {
		if (user.hasAnyRole(EDIT_ALL)) {
			return SqlCondition.always();
		}
		return user.hasAnyRole(EDIT_OWN) ? owned(user, ownerColumn) : NOTHING;
	}

	/**
	 * Whether the user may change an account already read, by its owner: the rule of
	 * {@link #editable} for one row in hand, so a page that has the account need not read
	 * it again to offer its edit buttons. Keep the two in step.
	 */
	public boolean mayEdit(CurrentUser user, Long ownerId) {
		if (user.hasAnyRole(EDIT_ALL)) {
			return true;
		}
		return user.hasAnyRole(EDIT_OWN) && ownerId != null && ownerId.longValue() == user.id();
	}

	public boolean mayCreateAccounts(CurrentUser user) {
		return user.hasAnyRole(EDIT_ALL) || user.hasAnyRole(EDIT_OWN);
	}

	/** Only those who edit every account hand accounts to someone else. */
	public boolean mayAssignAnyOwner(CurrentUser user) {
		return user.hasAnyRole(EDIT_ALL);
	}

	private static SqlCondition owned(CurrentUser user, String ownerColumn) {
		return new SqlCondition(ownerColumn + " = :policyUserId", Map.of("policyUserId", user.id()));
	}

}
