package org.kam.account;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kam.account.domain.AccountBulkLoad;

/**
 * One bulk load of accounts with their contacts (demo data, imports), written in batches
 * that may go to several writer threads at once. The generating thread
 * {@linkplain #reserve reserves} each batch's ids in order, before it is written, so the
 * same batches always get the same ids whichever writer commits first; any thread then
 * {@linkplain #write writes} a reserved batch in a transaction of its own. For a database
 * nobody else writes accounts to meanwhile: the first batch takes the ids after the
 * highest in the tables.
 */
public final class BulkLoad {

	private final AccountBulkLoad store;

	/**
	 * Whether the archive was empty: the search documents are then written once, at the
	 * end, and their index built afresh, several times faster than adding each batch's.
	 */
	private final boolean documentsAtEnd;

	private ReservedBatch last;

	private final AtomicBoolean bucketsCut = new AtomicBoolean();

	BulkLoad(AccountBulkLoad store) {
		this.store = store;
		this.documentsAtEnd = store.empty();
	}

	/**
	 * The ids after those of the previous batch, for a batch of at least one account;
	 * ordinary inserts continue after them from now on. One thread reserves, in the order
	 * the batches are generated.
	 */
	public ReservedBatch reserve(List<NewAccount> accounts) {
		ReservedBatch reserved = last == null ? store.reserveFirst(accounts)
				: store.reserve(accounts, last.nextId(), last.nextContactId());
		last = reserved;
		return reserved;
	}

	/**
	 * Writes a reserved batch in one transaction, with the tally kept as single writes
	 * keep it; no access check and no events (a loader writes, not a user). Safe to call
	 * from several threads for different batches.
	 * <p>
	 * Into an archive that had accounts, each batch writes its search documents too, and
	 * after the first batch the name buckets are cut from the names written so far. Into
	 * an empty one the documents wait for {@link #finish()}: until then the keyword
	 * search does not find the loaded accounts.
	 */
	public LoadedBatch write(ReservedBatch batch) {
		LoadedBatch loaded = store.load(batch, !documentsAtEnd);
		if (!documentsAtEnd && bucketsCut.compareAndSet(false, true)) {
			store.cutSearchBuckets();
		}
		return loaded;
	}

	/**
	 * Once every batch is written, or the load stopped: writes the search documents of a
	 * load into an empty archive, else cuts again any name bucket that the load made
	 * uneven.
	 */
	public void finish() {
		if (documentsAtEnd) {
			store.writeAllSearchDocuments();
		}
		else {
			store.cutSearchBuckets();
		}
	}

}
