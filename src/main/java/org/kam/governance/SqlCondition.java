package org.kam.governance;

import java.util.Map;

/**
 * A boolean SQL expression with its named parameters, to be AND-ed into a query's WHERE.
 */
public record SqlCondition(String sql, Map<String, Object> params) {

	public SqlCondition {
		params = Map.copyOf(params);
	}

	static SqlCondition always() {
		return new SqlCondition("1 = 1", Map.of());
	}

}
