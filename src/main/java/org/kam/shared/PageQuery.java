package org.kam.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A requested page. Sizes are capped so that no request can make the server load a whole
 * table, whatever the client asks for.
 */
public record PageQuery(int page, int size) {

	public static final int MAX_SIZE = 200;

	public static final int DEFAULT_SIZE = 20;

	public PageQuery {
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		if (page < 0) {
			problems.add(new InvalidInputException.Problem("page", "validation.page.min", List.of(),
					"must be 0 or greater"));
		}
		if (size < 1 || size > MAX_SIZE) {
			problems.add(new InvalidInputException.Problem("size", "validation.size.range", List.of(MAX_SIZE),
					"must be between 1 and " + MAX_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/**
	 * The page a list's parameters ask for: without a page the first, without a size the
	 * default.
	 */
	public static PageQuery of(Integer page, Integer size) {
		return of(page, size, DEFAULT_SIZE);
	}

	/**
	 * The page a list with its own default size asks for (an account tab's section shows
	 * fewer rows than a list page): without a page the first, without a size that one.
	 */
	public static PageQuery of(Integer page, Integer size, int defaultSize) {
		return new PageQuery(page == null ? 0 : page, size == null ? defaultSize : size);
	}

	public long offset() {
		return (long) page * size;
	}

}
