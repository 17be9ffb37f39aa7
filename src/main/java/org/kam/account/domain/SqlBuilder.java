package org.kam.account.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.kam.governance.SqlCondition;

/**
 * Collects WHERE conditions and their named parameters for a query built from optional
 * filters.
 */
final class SqlBuilder {

	private final StringBuilder where = new StringBuilder();

	private final Map<String, Object> params = new HashMap<>();

	SqlBuilder and(String condition) {
		where.append(where.isEmpty() ? " where " : " and ").append(condition);
		return this;
	}

	SqlBuilder and(SqlCondition condition) {
		params.putAll(condition.params());
		return and("(" + condition.sql() + ")");
	}

	SqlBuilder andEquals(String column, String param, Object value) {
		if (value != null && !(value instanceof String s && s.isBlank())) {
			and(column + " = :" + param);
			params.put(param, value instanceof Enum<?> e ? e.name() : value);
		}
		return this;
	}

	SqlBuilder param(String name, Object value) {
		params.put(name, value);
		return this;
	}

	String where() {
		return where.toString();
	}

	Map<String, Object> params() {
		return params;
	}

	/**
	 * A LIKE pattern that finds {@code text} anywhere, with the wildcards in it taken
	 * literally.
	 */
	static String containing(String text) {
		String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	static String key(String text) {
		return text.trim().toLowerCase(Locale.ROOT);
	}

}
