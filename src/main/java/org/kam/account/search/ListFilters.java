package org.kam.account.search;

import java.util.ArrayList;
import java.util.List;

import org.kam.shared.SqlFilter;

/**
 * The account list's filters besides the keyword, as stored (codes and enum names): a
 * search document carries the same columns, and its index keys name them, so that the
 * keyword and every filter meet in one index lookup.
 */
public record ListFilters(String provinceCode, String cityCode, String industry, String status, String urgency,
		String tier, Long ownerId, String sizeBand) {

	/**
	 * The index keys of the given filters (see V22_0's kam_search_keys), as SQL with
	 * their values bound in {@code params}. A key hashes its value: where a filter's key
	 * is looked up, its {@linkplain #columns column} is compared too.
	 */
	List<String> keys(SqlFilter params) {
		List<String> keys = new ArrayList<>();
		add(keys, params, 1, status);
		add(keys, params, 2, urgency);
		add(keys, params, 3, provinceCode);
		add(keys, params, 4, cityCode);
		add(keys, params, 5, industry);
		add(keys, params, 6, tier);
		add(keys, params, 7, ownerId == null ? null : ownerId.toString());
		add(keys, params, 8, sizeBand);
		return keys;
	}

	/** Whether any filter is given. */
	boolean any() {
		return !keys(new SqlFilter()).isEmpty();
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

	private static void add(List<String> keys, SqlFilter params, int field, String value) {
		if (value != null && !value.isBlank()) {
			String param = "filterKey" + field;
			params.param(param, value);
			keys.add(SearchKeys.filter(field, ":" + param));
		}
	}

}
