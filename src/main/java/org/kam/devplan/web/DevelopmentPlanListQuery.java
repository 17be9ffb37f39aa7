package org.kam.devplan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.kam.devplan.domain.DevelopmentPlanFilter;
import org.kam.shared.InvalidInputException;
import org.kam.shared.InvalidInputException.Problem;
import org.kam.shared.ListLinks;
import org.kam.shared.PageQuery;

/**
 * The state of the development plans list, all of it in the URL; the page and the API
 * read the same parameters. Values stay text until {@link #filter()} and
 * {@link #pageQuery()} read them, so that a hand-edited URL gets a 400 naming the
 * parameter, not an error page without one.
 */
public record DevelopmentPlanListQuery(String accountId, String ownerId, String from, String to, String overdue,
		String page, String size, String sort) {

	static final String DEFAULT_SORT = "periodStart,desc";

	/** The filter and page asked for, read together. */
	record Read(DevelopmentPlanFilter filter, PageQuery page) {
	}

	/** Reads the parameters; every unreadable value is reported at once (400). */
	Read read() {
		List<Problem> problems = new ArrayList<>();
		DevelopmentPlanFilter filter = new DevelopmentPlanFilter(id("accountId", accountId, problems),
				id("ownerId", ownerId, problems), date("from", from, problems), date("to", to, problems),
				yesNo("overdue", overdue, problems));
		Integer pageNumber = number("page", page, problems);
		Integer pageSize = number("size", size, problems);
		PageQuery pageQuery = null;
		try {
			pageQuery = PageQuery.of(pageNumber, pageSize);
		}
		catch (InvalidInputException e) {
			problems.addAll(e.problems());
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Read(filter, pageQuery);
	}

	public String sortOrDefault() {
		return blank(sort) ? DEFAULT_SORT : sort.trim();
	}

	public boolean overdueOnly() {
		return "true".equals(overdue);
	}

	public boolean notOverdue() {
		return "false".equals(overdue);
	}

	public String withPage(int newPage) {
		return links().toPage(newPage);
	}

	/** A header link: ascending first, descending when it is already ascending. */
	public String withSort(String field) {
		String current = sortOrDefault();
		String next = current.equals(field) || current.equals(field + ",asc") ? field + ",desc" : field + ",asc";
		return links().sortedBy(next);
	}

	/** "ascending", "descending" or "none", for aria-sort. */
	public String sortState(String field) {
		return ListLinks.sortState(sortOrDefault(), field);
	}

	ListLinks links() {
		return ListLinks.to("/development-plans")
			.with("accountId", accountId)
			.with("ownerId", ownerId)
			.with("from", from)
			.with("to", to)
			.with("overdue", overdue)
			.with(ListLinks.PAGE, page)
			.with(ListLinks.SIZE, size)
			.with(ListLinks.SORT, sort);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static Long id(String field, String value, List<Problem> problems) {
		if (blank(value)) {
			return null;
		}
		try {
			long id = Long.parseLong(value.trim());
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		problems.add(new Problem(field, "devplan.validation.filter.id", List.of(), "must be a positive whole number"));
		return null;
	}

	private static Integer number(String field, String value, List<Problem> problems) {
		if (blank(value)) {
			return null;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException e) {
			problems.add(new Problem(field, "devplan.validation.filter.number", List.of(), "must be a whole number"));
			return null;
		}
	}

	private static LocalDate date(String field, String value, List<Problem> problems) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			problems.add(new Problem(field, "devplan.validation.filter.date", List.of(),
					"must be a date such as 2026-12-31"));
			return null;
		}
	}

	private static Boolean yesNo(String field, String value, List<Problem> problems) {
		if (blank(value)) {
			return null;
		}
		return switch (value.trim()) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> {
				problems
					.add(new Problem(field, "devplan.validation.filter.boolean", List.of(), "must be true or false"));
				yield null;
			}
		};
	}

}
