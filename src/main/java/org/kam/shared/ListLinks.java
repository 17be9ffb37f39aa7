package org.kam.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a list page, whose whole state is in its URL: the same list at another
 * page, in another order or with one filter changed, every other parameter kept. Empty
 * values, page 0 and the list's default page size are left out, so that the plain list
 * has the plain address. A changed filter or order starts again at the first page.
 *
 * <p>
 * Values are encoded as the filter form itself sends them (a space as {@code +}, every
 * other reserved character, {@code +} included, percent-encoded), so that a link and the
 * form give the same address, and Chinese text, {@code &}, {@code #} and {@code +} arrive
 * exactly as they were typed.
 */
public final class ListLinks {

	public static final String PAGE = "page";

	public static final String SIZE = "size";

	public static final String SORT = "sort";

	private final String path;

	private final Map<String, String> params;

	/** The size the list has without a size parameter, left out of its links. */
	private final int defaultSize;

	private ListLinks(String path, Map<String, String> params, int defaultSize) {
		this.path = path;
		this.params = params;
		this.defaultSize = defaultSize;
	}

	/** The links of the list at this path, without parameters yet. */
	public static ListLinks to(String path) {
		return to(path, PageQuery.DEFAULT_SIZE);
	}

	/**
	 * The links of a list whose default size is its own (an account tab's section shows
	 * fewer rows): that size is the one left out of the links.
	 */
	public static ListLinks to(String path, int defaultSize) {
		return new ListLinks(path, new LinkedHashMap<>(), defaultSize);
	}

	/**
	 * The same list with the parameter set (an empty value leaves it out of the links).
	 * Parameters appear in links in the order they were first named, whatever their
	 * values.
	 */
	public ListLinks with(String name, Object value) {
		Map<String, String> next = new LinkedHashMap<>(params);
		next.put(name, text(name, value));
		return new ListLinks(path, next, defaultSize);
	}

	/** The address of the list as it is. */
	public String url() {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		params.forEach((name, value) -> {
			if (value != null) {
				builder.queryParam(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		return builder.build(true).toUriString();
	}

	/** The link to another page of the same list. */
	public String toPage(int page) {
		return with(PAGE, page).url();
	}

	/** The link to the same list in another order, from its first page. */
	public String sortedBy(String sort) {
		return with(SORT, sort).with(PAGE, null).url();
	}

	/**
	 * The link to the list with one filter changed (null: without it), from its first
	 * page.
	 */
	public String filteredBy(String name, Object value) {
		return with(name, value).with(PAGE, null).url();
	}

	/**
	 * The order a column header's link asks for when a list starts a column ascending:
	 * ascending, or descending when it is already ascending.
	 */
	public static String ascendingFirst(String currentSort, String field) {
		return currentSort.equals(field + ",asc") ? field + ",desc" : field + ",asc";
	}

	/**
	 * The order a column header's link asks for when a list starts a column with the
	 * newest or highest: descending, or ascending when it is already descending.
	 */
	public static String descendingFirst(String currentSort, String field) {
		return currentSort.equals(field + ",desc") ? field + ",asc" : field + ",desc";
	}

	/**
	 * "ascending", "descending" or "none": how the list is ordered by this field, for a
	 * column header's aria-sort.
	 */
	public static String sortState(String currentSort, String field) {
		if (currentSort.equals(field) || currentSort.equals(field + ",asc")) {
			return "ascending";
		}
		return currentSort.equals(field + ",desc") ? "descending" : "none";
	}

	private String text(String name, Object value) {
		if (value == null) {
			return null;
		}
		String text = value.toString().trim();
		boolean isDefault = (PAGE.equals(name) && text.equals("0"))
				|| (SIZE.equals(name) && text.equals(String.valueOf(defaultSize)));
		return text.isEmpty() || isDefault ? null : text;
	}

	@Override
	public String toString() {
		return url();
	}

}
