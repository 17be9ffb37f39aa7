package org.kam.shared;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The WHERE clause of a list query and its named parameters, built from the list's
 * optional filters. The repository still writes every condition and the rest of the SQL
 * by hand (the conditions name the columns its indexes cover); this only joins them with
 * {@code and}, binds the values, skips the filters that were not given, and makes
 * {@code contains} patterns and capped counts the same way everywhere.
 * <p>
 * Values are bound as given, except an enum, which is bound by its name (the column holds
 * the name).
 */
public final class SqlFilter {

	/**
	 * The escape character of every {@code like} that {@link #containsIfGiven} and
	 * {@link #like} write; {@link #containing} escapes with it.
	 */
	private static final char ESCAPE = '\\';

	private final StringBuilder where = new StringBuilder();

	private final Map<String, Object> params = new HashMap<>();

	/** Adds a condition that names no parameter, or whose parameters are bound apart. */
	public SqlFilter and(String condition) {
		where.append(where.isEmpty() ? " where " : " and ").append(condition);
		return this;
	}

	/**
	 * Adds a condition with its parameters, in parentheses so that an {@code or} inside
	 * it stays inside (an access condition, for one).
	 */
	public SqlFilter and(String condition, Map<String, ?> conditionParams) {
		params.putAll(conditionParams);
		return and("(" + condition + ")");
	}

	/** Adds a condition that names one parameter, and binds it. */
	public SqlFilter and(String condition, String param, Object value) {
		and(condition);
		return param(param, value);
	}

	/**
	 * Adds a condition that names one parameter when the filter was given: not null, and
	 * not blank text.
	 */
	public SqlFilter andIfGiven(String condition, String param, Object value) {
		return given(value) ? and(condition, param, value) : this;
	}

	/** {@code column = :param}, when the value was given (see {@link #andIfGiven}). */
	public SqlFilter equalsIfGiven(String column, String param, Object value) {
		return andIfGiven(column + " = :" + param, param, value);
	}

	/**
	 * {@code column like :param}, finding the text anywhere in the column with its
	 * wildcards taken literally, when the text was given.
	 */
	public SqlFilter containsIfGiven(String column, String param, String text) {
		return given(text) ? and(like(column, param), param, containing(text)) : this;
	}

	/** Binds a parameter that a condition names. */
	public SqlFilter param(String name, Object value) {
		params.put(name, value instanceof Enum<?> e ? e.name() : value);
		return this;
	}

	/** The clause: empty without conditions, else {@code " where …"}. */
	public String where() {
		return where.toString();
	}

	public Map<String, Object> params() {
		return params;
	}

	/**
	 * How many rows of {@code tables} (what follows {@code from}: a table with its alias,
	 * and its joins) match, counted no further than {@code cap}; a list passes
	 * {@link CountCap#COUNT_UP_TO} and makes its page with {@link CountCap#page}.
	 */
	public long countUpTo(JdbcClient jdbc, String tables, long cap) {
		return jdbc.sql(cappedCount(tables)).params(params).param("cap", cap).query(Long.class).single();
	}

	/**
	 * The capped count: the database stops reading at the cap, so that a filter matching
	 * millions costs what one matching the cap does.
	 */
	String cappedCount(String tables) {
		return "select count(*) from (select 1 from " + tables.strip() + where + " limit :cap) t";
	}

	/** {@code column like :param}, with the escape character of {@link #containing}. */
	public static String like(String column, String param) {
		return column + " like :" + param + " escape '" + ESCAPE + "'";
	}

	/**
	 * A LIKE pattern that finds {@code text} anywhere, with {@code %}, {@code _} and the
	 * escape character in it taken literally; for a condition written with {@link #like}.
	 */
	public static String containing(String text) {
		StringBuilder pattern = new StringBuilder(text.length() + 2).append('%');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%' || c == '_' || c == ESCAPE) {
				pattern.append(ESCAPE);
			}
			pattern.append(c);
		}
		return pattern.append('%').toString();
	}

	private static boolean given(Object value) {
		return value != null && !(value instanceof String text && text.isBlank());
	}

}
