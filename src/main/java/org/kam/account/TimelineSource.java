package org.kam.account;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A record kind that shows on an account's timeline. The caller has already checked that
 * the user may read the account; a source returns its newest entries before a moment,
 * from an index on {@code (account_id, time)}, so that merging the sources stays cheap
 * however long the history.
 */
public interface TimelineSource {

	/** The kind, as in {@link TimelineEntry#kind()}. */
	String kind();

	/** Message key naming the kind in the timeline's filter. */
	String kindKey();

	/** At most {@code limit} entries strictly before {@code before}, newest first. */
	List<TimelineEntry> entries(long accountId, OffsetDateTime before, int limit);

}
