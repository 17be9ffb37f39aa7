package org.kam.contract.domain;

import java.util.HashMap;
import java.util.Map;

import org.kam.governance.SqlCondition;

/** WHERE conditions and their named parameters, built from optional filters. */
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

	Where andEquals(String column, String param, Object value) {
		if (value != null) {
			and(column + " = :" + param);
			params.put(param, value instanceof Enum<?> e ? e.name() : value);
		}
		return this;
	}

	Where param(String name, Object value) {
		params.put(name, value);
		return this;
	}

	String sql() {
		return sql.toString();
	}

	Map<String, Object> params() {
		return params;
	}

	/** A LIKE pattern finding {@code text} anywhere, its wildcards taken literally. */
	static String containing(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
