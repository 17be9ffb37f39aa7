package org.kam.shared;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A {@code sort=field,dir} parameter turned into an ORDER BY clause. Only whitelisted
 * fields reach the SQL, each mapped to its column; the id breaks ties so that pages never
 * overlap.
 */
public record Sorting(String column, boolean ascending) {

	public static Sorting parse(String sort, Map<String, String> columnsByField, String defaultField) {
		String value = (sort == null || sort.isBlank()) ? defaultField : sort.trim();
		String[] parts = value.split(",", -1);
		String field = parts[0].trim();
		String column = columnsByField.get(field);
		if (column == null || parts.length > 2) {
			String fields = String.join(", ", new TreeSet<>(columnsByField.keySet()));
			throw new InvalidInputException("sort", "validation.sort.field",
					"must be one of " + fields + ", optionally followed by ,asc or ,desc", fields);
		}
		boolean ascending = true;
		if (parts.length == 2) {
			String dir = parts[1].trim().toLowerCase(Locale.ROOT);
			if (!dir.equals("asc") && !dir.equals("desc")) {
				throw new InvalidInputException("sort", "validation.sort.direction", "direction must be asc or desc");
			}
			ascending = dir.equals("asc");
		}
		return new Sorting(column, ascending);
	}

	public String orderBy(String idColumn) {
		String dir = ascending ? "asc" : "desc";
		return column + " " + dir + ", " + idColumn + " " + dir;
	}

}
