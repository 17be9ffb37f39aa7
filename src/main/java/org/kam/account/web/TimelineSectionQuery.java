package org.kam.account.web;

import java.time.OffsetDateTime;

import org.kam.shared.ListLinks;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The parameters of the account page's timeline tab, bound like every list's query
 * object: the record kind shown (its key, none for all) and where the page continues
 * ({@code before}: older than this entry's time; none for the newest). The timeline pages
 * by time, not by number, so it has no {@code page}. The account is the path's.
 */
record TimelineSectionQuery(String kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime before) {

	/** The kind asked for, or null for every kind. */
	String kindOrAll() {
		return kind == null || kind.isBlank() ? null : kind;
	}

	/** The link to the entries older than the given time, the kind kept. */
	String olderThan(long accountId, OffsetDateTime at) {
		return ListLinks.to("/accounts/" + accountId + "/timeline/section")
			.with("kind", kindOrAll())
			.with("before", at)
			.url();
	}

}
