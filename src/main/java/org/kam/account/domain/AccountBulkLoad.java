package org.kam.account.domain;

import java.util.List;

import org.kam.account.LoadedAccount;
import org.kam.account.LoadedBatch;
import org.kam.account.NewAccount;
import org.kam.account.ReservedBatch;
import org.kam.account.search.SearchDocuments;
import org.kam.shared.Database;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many accounts with their contacts at once (demo data, later imports), set-based:
 * one JDBC batch per table and the ids reserved beforehand, so that contacts need no
 * generated key back, then the same derived rows a single write keeps (the tally, the
 * search documents, the name for the duplicate check). No access check and no per-account
 * events: the caller is a loader, not a user. Meant for a database nobody else writes
 * accounts to meanwhile (it gives itself the ids after the highest).
 * <p>
 * Batches with ids reserved in order may be written by several threads at once: one
 * PostgreSQL backend at full CPU bounded a single writer's load, while the JVM idled.
 * They share nothing but the tally's rows, updated last (see {@link #load}), and the
 * identity sequences, moved at reservation without a table lock (see
 * {@link IdentityColumns}).
 */
@Service
public class AccountBulkLoad {

	private final Accounts accounts;

	private final Contacts contacts;

	private final SearchDocuments searchDocuments;

	private final IdentityColumns identities;

	private final Database database;

	AccountBulkLoad(Accounts accounts, Contacts contacts, SearchDocuments searchDocuments, IdentityColumns identities,
			Database database) {
		this.database = database;
		this.accounts = accounts;
		this.contacts = contacts;
		this.searchDocuments = searchDocuments;
		this.identities = identities;
	}

	/** Whether the archive is empty, deleted accounts included. */
	@Transactional(readOnly = true)
	public boolean empty() {
		return accounts.none();
	}

	/** The ids after the highest in the tables for a load's first batch. */
	public ReservedBatch reserveFirst(List<NewAccount> batch) {
		return reserve(batch, accounts.nextId(), contacts.nextId());
	}

	/**
	 * The ids from the given ones on for a batch, and the identity columns moved past
	 * them, before anything is written: ordinary inserts never collide with the batch,
	 * even when it fails. Outside a transaction (on H2 moving an identity commits).
	 */
	public ReservedBatch reserve(List<NewAccount> batch, long firstId, long firstContactId) {
		ReservedBatch reserved = new ReservedBatch(batch, firstId, firstContactId);
		identities.continueFrom("account", reserved.lastId() + 1);
		identities.continueFrom("contact", firstContactId + reserved.contacts());
		return reserved;
	}

	/**
	 * One reserved batch, in one transaction, with its accounts' search documents or
	 * without (then {@link #writeAllSearchDocuments()} writes them). The tally comes
	 * last: its few rows are the only ones concurrent batches share, so their locks are
	 * held only until the commit that follows.
	 */
	@Transactional
	public LoadedBatch load(ReservedBatch batch, boolean withSearchDocuments) {
		database.planOncePerStatement();
		List<NewAccount> accountsOfBatch = batch.accounts();
		accounts.insertAll(accountsOfBatch, batch.firstId());
		contacts.insertAll(accountsOfBatch, batch.firstId(), batch.firstContactId());
		if (withSearchDocuments) {
			searchDocuments.refresh(batch.firstId(), batch.lastId());
		}
		accounts.addToTally(accountsOfBatch);
		return new LoadedBatch(batch.firstId(), batch.lastId(), batch.contacts());
	}

	/**
	 * Cuts the search documents' name buckets where they grew uneven (see
	 * {@link SearchDocuments#cutBuckets()}).
	 */
	public void cutSearchBuckets() {
		searchDocuments.cutBuckets();
	}

	/**
	 * Writes the search documents of every live account at once (see
	 * {@link SearchDocuments#writeAll()}).
	 */
	public void writeAllSearchDocuments() {
		searchDocuments.writeAll();
	}

	/** Live accounts with ids in [from, to], by id, with their live contacts' ids. */
	@Transactional(readOnly = true)
	public List<LoadedAccount> loaded(long from, long to) {
		return accounts.loaded(from, to, contacts.idsByAccount(from, to));
	}

}
