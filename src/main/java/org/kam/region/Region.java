package org.kam.region;

import java.util.Locale;

/**
 * A province or a prefecture-level city: its GB/T 2260 code, its full Chinese name (广东省),
 * the short form people type (广东) and its English name (Guangdong). {@code provinceCode}
 * is the province of a city, and a province's own code.
 */
public record Region(String code, boolean province, String provinceCode, String name, String shortName,
		String englishName) {

	/** The name in the language of {@code locale}: English, or else Chinese. */
	public String name(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? englishName : name;
	}

}
