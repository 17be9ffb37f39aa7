package org.kam.governance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kam.identity.CurrentUser;
import org.kam.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edit rule for an account in hand ({@code mayEdit}) says what the SQL condition
 * ({@code editable}) says, for every role and every kind of owner.
 */
class AccountAccessPolicyTests {

	private static final long ME = 7;

	private final AccountAccessPolicy policy = new AccountAccessPolicy();

	@Test
	void theRuleForOneAccountIsTheRuleOfTheQuery() {
		for (Set<Role> roles : roleSets()) {
			CurrentUser user = new CurrentUser(ME, "u", "U", roles);
			for (Long owner : Arrays.asList(ME, ME + 1, null)) {
				assertThat(policy.mayEdit(user, owner)).as(roles + ", owner " + owner)
					.isEqualTo(passes(policy.editable(user, "a.owner_id"), owner));
			}
		}
	}

	/** Evaluates the three shapes the condition takes for a row with this owner. */
	private static boolean passes(SqlCondition condition, Long owner) {
		if (condition.unrestricted()) {
			return true;
		}
		if (condition.sql().equals("1 = 0")) {
			return false;
		}
		assertThat(condition.sql()).isEqualTo("a.owner_id = :policyUserId");
		return owner != null && owner.equals(condition.params().get("policyUserId"));
	}

	/** No role, each role alone, and each pair. */
	private static List<Set<Role>> roleSets() {
		List<Set<Role>> sets = new ArrayList<>();
		sets.add(EnumSet.noneOf(Role.class));
		for (Role one : Role.values()) {
			sets.add(EnumSet.of(one));
			for (Role two : Role.values()) {
				sets.add(EnumSet.of(one, two));
			}
		}
		return sets;
	}

}
