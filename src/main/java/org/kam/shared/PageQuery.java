package org.kam.shared;

import java.util.List;

/**
 * A requested page. Sizes are capped so that no request can make the server load a
 * whole table, whatever the client asks for.
 */
public record PageQuery(int page, int size) {

	public static final int MAX_SIZE = 200;

	public static final int DEFAULT_SIZE = 20;

	public PageQuery {
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (page < 0) {
			problems.add(new FieldProblem("page", "must be 0 or greater"));
		}
		if (size < 1 || size > MAX_SIZE) {
			problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	public long offset() {
		return (long) page * size;
	}

}
