package org.kam.survey.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.kam.shared.InvalidInputException;
import org.kam.shared.InvalidInputException.Problem;
import org.kam.shared.ListLinks;
import org.kam.shared.PageQuery;
import org.kam.survey.domain.NpsGroup;
import org.kam.survey.domain.SurveyFilter;

/**
 * The surveys list's state, all of it in the URL, as typed: the page and the API read the
 * same parameters. Values are kept as text so that every bad one comes back as a field
 * message in the user's language, all of them at once, rather than as a bare 400.
 */
record SurveyListQuery(String from, String to, String maxOverall, String npsGroup, String ownerId, String accountId,
		String sort, String page, String size) {

	static final String DEFAULT_SORT = "surveyedOn,desc";

	/**
	 * The filters and the page; an {@link InvalidInputException} naming each bad value.
	 */
	Parsed parse() {
		List<Problem> problems = new ArrayList<>();
		LocalDate fromDay = date("from", from, problems);
		LocalDate toDay = date("to", to, problems);
		Integer max = number("maxOverall", maxOverall, Integer::valueOf, problems);
		if (max != null && (max < 1 || max > 5)) {
			problems.add(new Problem("maxOverall", "survey.validation.score", List.of(),
					"must be a whole number from 1 to 5"));
		}
		NpsGroup group = group(problems);
		Long owner = number("ownerId", ownerId, Long::valueOf, problems);
		Long account = number("accountId", accountId, Long::valueOf, problems);
		Integer pageNo = number("page", page, Integer::valueOf, problems);
		Integer pageSize = number("size", size, Integer::valueOf, problems);
		if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
			problems.add(new Problem("to", "survey.validation.range", List.of(), "must not be before from"));
		}
		PageQuery pageQuery = null;
		try {
			pageQuery = PageQuery.of(pageNo, pageSize);
		}
		catch (InvalidInputException e) {
			problems.addAll(e.problems());
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Parsed(new SurveyFilter(fromDay, toDay, max, group, owner, account), pageQuery);
	}

	record Parsed(SurveyFilter filter, PageQuery page) {
	}

	public boolean hasFilters() {
		return present(from) || present(to) || present(maxOverall) || present(npsGroup) || present(ownerId)
				|| present(accountId);
	}

	/**
	 * The sort a column header sets: newest (or highest) first, a second click reverses.
	 */
	public String withSort(String field) {
		String current = present(sort) ? sort.trim() : DEFAULT_SORT;
		return links().sortedBy(ListLinks.descendingFirst(current, field));
	}

	/**
	 * Which way the list is sorted by this field: "ascending", "descending" or "none".
	 */
	public String sortState(String field) {
		return ListLinks.sortState(present(sort) ? sort.trim() : DEFAULT_SORT, field);
	}

	public String withPage(int newPage) {
		return links().toPage(newPage);
	}

	ListLinks links() {
		return ListLinks.to("/surveys")
			.with("from", from)
			.with("to", to)
			.with("maxOverall", maxOverall)
			.with("npsGroup", npsGroup)
			.with("ownerId", ownerId)
			.with("accountId", accountId)
			.with(ListLinks.SORT, sort)
			.with(ListLinks.PAGE, page)
			.with(ListLinks.SIZE, size);
	}

	private NpsGroup group(List<Problem> problems) {
		if (!present(npsGroup)) {
			return null;
		}
		try {
			return NpsGroup.valueOf(npsGroup.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem("npsGroup", "survey.validation.npsGroup", List.of(),
					"must be one of PROMOTER, PASSIVE, DETRACTOR"));
			return null;
		}
	}

	private static LocalDate date(String field, String text, List<Problem> problems) {
		if (!present(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			problems.add(new Problem(field, "survey.validation.date", List.of(), "must be a date (yyyy-MM-dd)"));
			return null;
		}
	}

	private static <T> T number(String field, String text, Function<String, T> parser, List<Problem> problems) {
		if (!present(text)) {
			return null;
		}
		try {
			return parser.apply(text.trim());
		}
		catch (NumberFormatException e) {
			problems.add(new Problem(field, "survey.validation.wholeNumber", List.of(), "must be a whole number"));
			return null;
		}
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

}
