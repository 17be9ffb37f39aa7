package org.kam.account;

import java.util.List;

/**
 * A batch of a bulk load with the ids reserved for it before it is written: its accounts
 * get the ids from {@code firstId} on in the order given, their contacts the ids from
 * {@code firstContactId} on. See {@link BulkLoad}.
 */
public record ReservedBatch(List<NewAccount> accounts, long firstId, long firstContactId) {

	public ReservedBatch {
		if (accounts.isEmpty()) {
			throw new IllegalArgumentException("A bulk load needs at least one account");
		}
		accounts = List.copyOf(accounts);
	}

	public long lastId() {
		return firstId + accounts.size() - 1;
	}

	public int contacts() {
		return accounts.stream().mapToInt(a -> a.contacts().size()).sum();
	}

	/** The first id of the batch after this one. */
	long nextId() {
		return lastId() + 1;
	}

	/** The first contact id of the batch after this one. */
	long nextContactId() {
		return firstContactId + contacts();
	}

}
