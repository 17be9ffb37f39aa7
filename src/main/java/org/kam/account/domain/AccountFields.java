package org.kam.account.domain;

import java.util.List;

import org.kam.account.AccountStatus;
import org.kam.account.SizeBand;
import org.kam.account.Tier;
import org.kam.account.UnifiedSocialCreditCode;
import org.kam.account.Urgency;

/**
 * The archive fields after normalization: blanks are nulls, defaults applied, the USCC
 * canonical, the region resolved to codes with its full Chinese names (see
 * {@link #withRegion}).
 */
record AccountFields(String name, String uscc, String industry, String province, String provinceCode, String city,
		String cityCode, SizeBand sizeBand, String address, String website, AccountStatus status, Urgency urgency,
		Tier tier, Long ownerId, List<String> tags, String needs, String preferences, String notes) {

	static AccountFields from(AccountForm form, Long ownerId) {
		return new AccountFields(form.name().trim(),
				blankToNull(form.uscc()) == null ? null : UnifiedSocialCreditCode.normalize(form.uscc()),
				blankToNull(form.industry()), blankToNull(form.province()), null, blankToNull(form.city()), null,
				form.sizeBand(), blankToNull(form.address()), blankToNull(form.website()),
				form.status() == null ? AccountStatus.POTENTIAL : form.status(),
				form.urgency() == null ? Urgency.CAN_WAIT : form.urgency(), form.tier(), ownerId,
				form.tags() == null ? List.of()
						: form.tags().stream().map(String::trim).filter(t -> !t.isEmpty()).distinct().toList(),
				blankToNull(form.needs()), blankToNull(form.preferences()), blankToNull(form.notes()));
	}

	AccountFields withRegion(String newProvince, String newProvinceCode, String newCity, String newCityCode) {
		return new AccountFields(name, uscc, industry, newProvince, newProvinceCode, newCity, newCityCode, sizeBand,
				address, website, status, urgency, tier, ownerId, tags, needs, preferences, notes);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
