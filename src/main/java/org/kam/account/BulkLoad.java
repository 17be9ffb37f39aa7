package org.kam.account;

import java.util.List;

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

	private ReservedBatch last;

	BulkLoad(AccountBulkLoad store) {
		this.store = store;
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
	 * Writes a reserved batch in one transaction, with the tally and the keyword search
	 * kept as single writes keep them; no access check and no events (a loader writes,
	 * not a user). Safe to call from several threads for different batches.
	 */
	public LoadedBatch write(ReservedBatch batch) {
		return store.load(batch);
	}

}
