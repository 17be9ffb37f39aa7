package org.kam.report.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kam.report.ReportSection;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sections of a report version in each report language, as saved with the version
 * (JSON): renderings read them, never the records, so a saved report stays as it was.
 */
public record Snapshot(Map<String, List<ReportSection>> sectionsByLanguage) {

	/** The languages a report is built in; the first is the fallback. */
	public static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, List<ReportSection>>> TYPE = new TypeReference<>() {
	};

	public Snapshot {
		sectionsByLanguage = new LinkedHashMap<>(sectionsByLanguage);
	}

	/**
	 * The report language nearest to the reader's: Chinese for any Chinese, else English.
	 */
	public static Locale language(Locale requested) {
		return requested != null && "zh".equals(requested.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
	}

	public List<ReportSection> sections(Locale locale) {
		List<ReportSection> sections = sectionsByLanguage.get(language(locale).toLanguageTag());
		return sections != null ? sections
				: sectionsByLanguage.getOrDefault(LANGUAGES.get(0).toLanguageTag(), List.of());
	}

	String toJson() {
		return JSON.writeValueAsString(sectionsByLanguage);
	}

	static Snapshot fromJson(String json) {
		return new Snapshot(JSON.readValue(json, TYPE));
	}

}
