package org.kam.market.domain;

import java.util.HashMap;
import java.util.Map;

import org.kam.governance.SqlCondition;

/** WHERE conditions and their named parameters, collected from optional filters. */
final class Where {

	private final StringBuilder sql = new StringBuilder();

	private final Map<String, Object> params = new HashMap<>();

	Where and(String condition) {
		sql.append(sql.isEmpty() ? " where " : " and ").append(condition);
		return this;
	}

	Where and(SqlCondition condition) {
		params.putAll(condition.params());
		return and("(" + condition.sql() + ")");
	}

	Where and(String condition, String param, Object value) {
		if (value != null && !(value instanceof String s && s.isBlank())) {
			and(condition);
			params.put(param, value instanceof String s ? s.trim() : value);
		}
		return this;
	}

	String sql() {
		return sql.toString();
	}

	Map<String, Object> params() {
		return params;
	}

	/** A LIKE pattern that finds {@code text} anywhere, its wildcards taken literally. */
	static String containing(String text) {
		String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
