package org.kam.account.domain;

import org.kam.region.Region;
import org.kam.region.Regions;
import org.kam.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Turns the province and city that a form, the API or a list URL gives (a code, 广东, 广东省
 * or Guangdong) into GB/T 2260 codes. A name that is no province or city is refused (400
 * naming the field), never matched as text: a filter that silently finds nothing looks
 * like "no such accounts".
 */
@Component
class RegionInput {

	private final Regions regions;

	RegionInput(Regions regions) {
		this.regions = regions;
	}

	/** The filter with codes for its province and city. */
	AccountFilter resolve(AccountFilter filter) {
		if (blank(filter.province()) && blank(filter.city())) {
			return filter;
		}
		Region province = blank(filter.province()) ? null : province(filter.province());
		Region city = blank(filter.city()) ? null : city(filter.city(), province);
		return filter.withRegion(province == null ? null : province.code(), city == null ? null : city.code());
	}

	/**
	 * The fields with codes and full Chinese names for their region; a city alone gives
	 * its province too. A change ({@code before} is the account as stored) may keep, as
	 * it was, text that named no region when regions became codes (see V17_0).
	 */
	AccountFields resolve(AccountFields fields, Account before) {
		boolean provinceKept = fields.province() != null && before != null && before.provinceCode() == null
				&& fields.province().equals(before.province());
		boolean cityKept = fields.city() != null && before != null && before.cityCode() == null
				&& fields.city().equals(before.city());
		Region province = fields.province() == null || provinceKept ? null : province(fields.province());
		Region city = fields.city() == null || cityKept ? null : city(fields.city(), province);
		if (province == null && city != null) {
			province = regions.find(city.provinceCode()).orElseThrow();
		}
		return fields.withRegion(province == null ? fields.province() : province.name(),
				province == null ? null : province.code(), city == null ? fields.city() : city.name(),
				city == null ? null : city.code());
	}

	private Region province(String text) {
		return regions.province(text)
			.orElseThrow(() -> new InvalidInputException("province", "validation.region.province",
					"is not a province of China: give its code (440000) or name (广东, 广东省, Guangdong)", text));
	}

	private Region city(String text, Region province) {
		return regions.city(text, province == null ? null : province.code())
			.orElseThrow(() -> new InvalidInputException("city", "validation.region.city", province == null
					? "is not a city of China (or several share the name): give its code (440300) or its province too"
					: "is not a city of " + province.englishName()
							+ ": give its code (440300) or name (深圳, 深圳市, Shenzhen)",
					text));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
