package org.kam.market.domain;

import org.kam.identity.CurrentUser;
import org.kam.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with market reports. A report describes a market, not one account, so
 * the account access rule does not apply to the report itself: every signed-in user reads
 * every report; admins, team managers and analysts (信息分析员, who write the analyses) create
 * and edit them; admins and team managers delete any report, an analyst only the reports
 * they wrote. Which linked accounts a reader sees by name still follows the account rule
 * ({@link org.kam.governance.AccountAccessPolicy}).
 * <p>
 * Kept here until the governance module decides per record kind; then this moves there.
 */
@Component
public class MarketReportAccess {

	private static final Role[] EDITORS = { Role.ADMIN, Role.MANAGER, Role.ANALYST };

	private static final Role[] DELETE_ANY = { Role.ADMIN, Role.MANAGER };

	public boolean mayCreate(CurrentUser user) {
		return user.hasAnyRole(EDITORS);
	}

	public boolean mayEdit(CurrentUser user) {
		return user.hasAnyRole(EDITORS);
	}

	public boolean mayDelete(MarketReport report, CurrentUser user) {
		return user.hasAnyRole(DELETE_ANY)
				|| (user.hasAnyRole(Role.ANALYST) && report.authorId() != null && report.authorId() == user.id());
	}

}
