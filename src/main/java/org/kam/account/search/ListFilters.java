package org.kam.account.search;

import java.util.List;

import org.kam.shared.SqlFilter;

/**
 * The account list's filters besides the keyword, as stored (codes and enum names): a
 * search document carries the same columns, and its index keys name them, so that the
 * keyword and every filter meet in one index lookup.
 */
public record ListFilters(String provinceCode, String cityCode, String industry, String status, String urgency,
		String tier, Long ownerId, String sizeBand) {

	/** The province's field number in V22_0's keys. */
	private static final int PROVINCE = 3;

	/**
	 * The index keys of the given filters (see V22_0's kam_search_keys), as SQL with
	 * their values bound in {@code params}: within bucket {@code bucket} (SQL) when given
	 * (V23_0), else in any. A key hashes its value: where a filter's key is looked up,
	 * its {@linkplain #columns column} is compared too. With a city, the province has no
	 * key: every account of the city lies in its province, so the key would rule out
	 * nothing and only make the index read its long posting list (at 1,000,000 accounts
	 * 广东省 has 210,145 documents, 深圳市 90,072).
	 */
	List<String> keys(SqlFilter params, String bucket) {
		return given().stream()
			.filter(filter -> !(filter.field() == PROVINCE && cityCode != null && !cityCode.isBlank()))
			.map(filter -> {
				String param = "filterKey" + filter.field();
				params.param(param, filter.value().toString());
				return bucket == null ? SearchKeys.filter(filter.field(), ":" + param)
						: SearchKeys.filterInBucket(filter.field(), ":" + param, bucket);
			})
			.toList();
	}

	/** Whether any filter is given. */
	boolean any() {
		return !given().isEmpty();
	}

	/**
	 * The given filters as conditions on the same columns of documents {@code alias},
	 * each starting with " and ", bound in {@code params}.
	 */
	String columns(SqlFilter params, String alias) {
		StringBuilder conditions = new StringBuilder();
		for (Filter filter : given()) {
			String param = "document" + filter.column().replace("_", "");
			params.param(param, filter.value());
			conditions.append(" and ").append(alias).append('.').append(filter.column()).append(" = :").append(param);
		}
		return conditions.toString();
	}

	/** The filters with a value, each with its field number in V22_0 and its column. */
	private List<Filter> given() {
		List<Filter> all = List.of(new Filter(1, "status", status), new Filter(2, "urgency", urgency),
				new Filter(PROVINCE, "province_code", provinceCode), new Filter(4, "city_code", cityCode),
				new Filter(5, "industry", industry), new Filter(6, "tier", tier), new Filter(7, "owner_id", ownerId),
				new Filter(8, "size_band", sizeBand));
		return all.stream()
			.filter(f -> f.value() != null && !(f.value() instanceof String text && text.isBlank()))
			.toList();
	}

	private record Filter(int field, String column, Object value) {
	}

}
