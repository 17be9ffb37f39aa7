package org.kam.account.search;

import java.util.ArrayList;
import java.util.List;

import org.kam.shared.SqlFilter;

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

	/**
	 * The given filters as conditions on the same columns of documents {@code alias},
	 * each starting with " and ", bound in {@code params}.
	 */
	String columns(SqlFilter params, String alias) {
		StringBuilder conditions = new StringBuilder();
		column(conditions, params, alias + ".province_code", provinceCode);
		column(conditions, params, alias + ".city_code", cityCode);
		column(conditions, params, alias + ".industry", industry);
		column(conditions, params, alias + ".status", status);
		column(conditions, params, alias + ".urgency", urgency);
		column(conditions, params, alias + ".tier", tier);
		column(conditions, params, alias + ".owner_id", ownerId);
		column(conditions, params, alias + ".size_band", sizeBand);
		return conditions.toString();
	}

	private static void column(StringBuilder conditions, SqlFilter params, String column, Object value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			String param = "document" + column.substring(column.indexOf('.') + 1).replace("_", "");
			params.param(param, value);
			conditions.append(" and ").append(column).append(" = :").append(param);
		}
	}

	private static void add(List<String> tokens, String mark, String value) {
		if (value != null && !value.isBlank()) {
			tokens.add(mark + value);
		}
	}

}
