package org.kam.shared;

/**
 * A list's query object with the two paging parameters every list takes, bound as
 * {@code Integer}s so that a missing or empty value means the first page and the default
 * size.
 */
public interface Paged {

	Integer page();

	Integer size();

	default PageQuery pageQuery() {
		return PageQuery.of(page(), size());
	}

	/** The page asked for, of a list whose default size is its own. */
	default PageQuery pageQuery(int defaultSize) {
		return PageQuery.of(page(), size(), defaultSize);
	}

}
