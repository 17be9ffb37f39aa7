package org.kam.account.domain;

import java.util.List;

import org.kam.account.LoadedAccount;
import org.kam.account.LoadedBatch;
import org.kam.account.NewAccount;
import org.kam.account.search.SearchTerms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many accounts with their contacts at once (demo data, later imports), set-based:
 * one JDBC batch per table and the ids picked here, so that contacts need no generated
 * key back, then the same derived rows a single write keeps (the tally, the search terms,
 * the name for the duplicate check). No access check and no per-account events: the
 * caller is a loader, not a user. Meant for a database nobody else writes accounts to
 * meanwhile (it gives itself the ids after the highest).
 */
@Service
public class AccountBulkLoad {

	private final Accounts accounts;

	private final Contacts contacts;

	private final SearchTerms searchTerms;

	AccountBulkLoad(Accounts accounts, Contacts contacts, SearchTerms searchTerms) {
		this.accounts = accounts;
		this.contacts = contacts;
		this.searchTerms = searchTerms;
	}

	/** Whether the archive is empty, deleted accounts included. */
	@Transactional(readOnly = true)
	public boolean empty() {
		return accounts.none();
	}

	/** One batch, in one transaction. */
	@Transactional
	public LoadedBatch load(List<NewAccount> batch) {
		if (batch.isEmpty()) {
			throw new IllegalArgumentException("A bulk load needs at least one account");
		}
		long firstId = accounts.nextId();
		long firstContactId = contacts.nextId();
		int contactCount = batch.stream().mapToInt(a -> a.contacts().size()).sum();
		// first, as on H2 moving an identity commits what the transaction wrote
		accounts.continueIdsFrom(firstId + batch.size());
		contacts.continueIdsFrom(firstContactId + contactCount);
		accounts.insertAll(batch, firstId);
		contacts.insertAll(batch, firstId, firstContactId);
		long lastId = firstId + batch.size() - 1;
		accounts.addToTally(batch);
		searchTerms.refresh(firstId, lastId);
		return new LoadedBatch(firstId, lastId, contactCount);
	}

	/** Live accounts with ids in [from, to], by id, with their live contacts' ids. */
	@Transactional(readOnly = true)
	public List<LoadedAccount> loaded(long from, long to) {
		return accounts.loaded(from, to, contacts.idsByAccount(from, to));
	}

}
