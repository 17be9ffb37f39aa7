package org.kam.governance;

import java.util.Map;

/**
 * A boolean SQL expression with its named parameters, to be AND-ed into a query's WHERE.
 */
public record SqlCondition(String sql, Map<String, Object> params) {

	public SqlCondition {
		params = Map.copyOf(params);
	}

	private static final String ALWAYS = "1 = 1";

	static SqlCondition always() {
		return new SqlCondition(ALWAYS, Map.of());
	}

	/** Whether the condition lets every row through (the caller reads everything). */
	public boolean unrestricted() {
		return ALWAYS.equals(sql) && params.isEmpty();
	}

}
