package org.kam.account;

import java.time.OffsetDateTime;
import java.util.List;

import org.kam.shared.RecordKind;

/**
 * A record kind that shows on an account's timeline. The caller has already checked that
 * the user may read the account; a source returns its newest entries before a moment,
 * from an index on {@code (account_id, time)}, so that merging the sources stays cheap
 * however long the history.
 */
public interface TimelineSource {

	/**
	 * The kind, e.g. {@code ContractKind.KIND}: its key is the timeline's filter value,
	 * its label names it in the filter.
	 */
	RecordKind kind();

	/** At most {@code limit} entries strictly before {@code before}, newest first. */
	List<TimelineEntry> entries(long accountId, OffsetDateTime before, int limit);

}
