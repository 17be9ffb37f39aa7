package org.kam.shared;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The parameters of a list that is only paged, bound from the query string like every
 * list's query object. The defaults are documented as they were when page and size were
 * single request parameters.
 */
public record PageParameters(@Schema(defaultValue = "0") Integer page,
		@Schema(defaultValue = "" + PageQuery.DEFAULT_SIZE) Integer size) implements Paged {

	/** The links of this list at the path, its page and size kept. */
	public ListLinks linksTo(String path) {
		return linksTo(path, PageQuery.DEFAULT_SIZE);
	}

	/**
	 * The links of this list at the path, its page and size kept, for a list whose
	 * default size is its own (an account tab's section).
	 */
	public ListLinks linksTo(String path, int defaultSize) {
		return ListLinks.to(path, defaultSize).with(ListLinks.PAGE, page).with(ListLinks.SIZE, size);
	}

}
