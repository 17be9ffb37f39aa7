package org.kam.account.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.kam.account.domain.Account;
import org.kam.account.domain.AccountForm;

/**
 * Turning a stored account into a form, and showing where a stale edit differs from what
 * is stored.
 */
public final class AccountForms {

	private AccountForms() {
	}

	static AccountForm of(Account a) {
		// the region as its codes, which the pickers choose; text from before codes as it
		// is
		return new AccountForm(a.name(), a.uscc(), a.industry(),
				a.provinceCode() != null ? a.provinceCode() : a.province(),
				a.cityCode() != null ? a.cityCode() : a.city(), a.sizeBand(), a.address(), a.website(), a.status(),
				a.urgency(), a.tier(), a.ownerId(), a.tags(), a.needs(), a.preferences(), a.notes(), a.version());
	}

	static AccountForm withVersion(AccountForm f, long version) {
		return new AccountForm(f.name(), f.uscc(), f.industry(), f.province(), f.city(), f.sizeBand(), f.address(),
				f.website(), f.status(), f.urgency(), f.tier(), f.ownerId(), f.tags(), f.needs(), f.preferences(),
				f.notes(), version);
	}

	/**
	 * One row of the conflict page: the field's message key, the stored value and the
	 * user's value.
	 */
	public record Difference(String field, Object theirs, Object yours) {

		public boolean differs() {
			return !Objects.equals(theirs, yours);
		}

	}

	/**
	 * Every archive field, marking those where the stored value and the user's value
	 * differ.
	 */
	static List<Difference> differences(Account theirs, AccountForm yours, UnaryOperator<String> regionName) {
		AccountForm stored = of(theirs);
		List<Difference> rows = new ArrayList<>();
		add(rows, "name", stored.name(), yours.name());
		add(rows, "uscc", stored.uscc(), yours.uscc());
		add(rows, "industry", stored.industry(), yours.industry());
		// regions compare as codes and show as names in the page's language
		add(rows, "province", regionName.apply(stored.province()), regionName.apply(yours.province()));
		add(rows, "city", regionName.apply(stored.city()), regionName.apply(yours.city()));
		add(rows, "sizeBand", stored.sizeBand(), yours.sizeBand());
		add(rows, "address", stored.address(), yours.address());
		add(rows, "website", stored.website(), yours.website());
		add(rows, "status", stored.status(), yours.status());
		add(rows, "urgency", stored.urgency(), yours.urgency());
		add(rows, "tier", stored.tier(), yours.tier());
		add(rows, "ownerId", stored.ownerId(), yours.ownerId());
		add(rows, "tags", String.join(", ", stored.tags()),
				yours.tags() == null ? "" : String.join(", ", yours.tags()));
		add(rows, "needs", stored.needs(), yours.needs());
		add(rows, "preferences", stored.preferences(), yours.preferences());
		add(rows, "notes", stored.notes(), yours.notes());
		return rows;
	}

	private static void add(List<Difference> rows, String field, Object theirs, Object yours) {
		rows.add(new Difference(field, blankToNull(theirs), blankToNull(yours)));
	}

	private static Object blankToNull(Object value) {
		return value instanceof String s && s.isBlank() ? null : value;
	}

}
