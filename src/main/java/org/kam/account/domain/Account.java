package org.kam.account.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.kam.account.AccountStatus;
import org.kam.account.SizeBand;
import org.kam.account.Tier;
import org.kam.account.Urgency;

/**
 * A key account's archive card as stored. The region is a province and a city of GB/T
 * 2260: their codes, full Chinese names and English names (names without a code are text
 * kept from before regions were codes).
 */
public record Account(long id, String name, String uscc, String industry, String province, String provinceCode,
		String provinceEn, String city, String cityCode, String cityEn, SizeBand sizeBand, String address,
		String website, AccountStatus status, Urgency urgency, Tier tier, Long ownerId, List<String> tags, String needs,
		String preferences, String notes, OffsetDateTime createdAt, OffsetDateTime updatedAt, Long createdBy,
		Long updatedBy, long version) {

	/** The province in the language of {@code locale} (English or Chinese). */
	public String provinceName(Locale locale) {
		return english(locale) && provinceEn != null ? provinceEn : province;
	}

	/** The city in the language of {@code locale} (English or Chinese). */
	public String cityName(Locale locale) {
		return english(locale) && cityEn != null ? cityEn : city;
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
