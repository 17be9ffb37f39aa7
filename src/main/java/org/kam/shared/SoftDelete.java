package org.kam.shared;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes a record of an account the way every record kind does: the row stays, marked
 * {@code deleted_at}, with its author and a new version, so that a stale edit fails and
 * history can still name it.
 */
public final class SoftDelete {

	private SoftDelete() {
	}

	/**
	 * Marks the live row {@code id} of the account deleted; answers 0 when there is none.
	 * {@code alsoSet}: further assignments the table needs (freeing a unique number,
	 * say).
	 */
	public static int accountRecord(JdbcClient jdbc, String table, long accountId, long id, long userId,
			OffsetDateTime now, String... alsoSet) {
		StringBuilder set = new StringBuilder("deleted_at = :now");
		for (String assignment : alsoSet) {
			set.append(", ").append(assignment);
		}
		return jdbc
			.sql("update " + table + " set " + set + ", updated_by = :userId, version = version + 1"
					+ " where id = :id and account_id = :accountId and deleted_at is null")
			.param("now", now)
			.param("userId", userId)
			.param("id", id)
			.param("accountId", accountId)
			.update();
	}

}
