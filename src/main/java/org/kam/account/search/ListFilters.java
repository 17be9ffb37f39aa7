package org.kam.account.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The account list's filters besides the keyword, as stored (codes and enum names): a
 * search document carries the same columns, and its tokens name them, so that the keyword
 * and every filter meet in one index lookup.
 */
public record ListFilters(String provinceCode, String cityCode, String industry, String status, String urgency,
		String tier, Long ownerId, String sizeBand) {

	/** The document tokens of the given filters (see V21_0's kam_search_tokens). */
	List<String> tokens() {
		List<String> tokens = new ArrayList<>();
		add(tokens, "p:", provinceCode);
		add(tokens, "c:", cityCode);
		add(tokens, "i:", industry);
		add(tokens, "s:", status);
		add(tokens, "u:", urgency);
		add(tokens, "t:", tier);
		add(tokens, "o:", ownerId == null ? null : ownerId.toString());
		add(tokens, "z:", sizeBand);
		return tokens;
	}

	private static void add(List<String> tokens, String mark, String value) {
		if (value != null && !value.isBlank()) {
			tokens.add(mark + value);
		}
	}

}
