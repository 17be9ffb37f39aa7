package org.kam.account.domain;

import org.kam.shared.Database;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves the identity of a table's {@code id} column past ids a bulk load gives itself, so
 * that later ordinary inserts never collide with them. On PostgreSQL through the
 * identity's sequence: {@code setval} takes no table lock and is not undone by a
 * rollback, so concurrent writers of the load are not held up. On H2 with
 * {@code alter table … restart with}, which commits the caller's open transaction (H2
 * loads are small and run outside one).
 */
@Component
class IdentityColumns {

	private final JdbcClient jdbc;

	private final boolean postgres;

	IdentityColumns(JdbcClient jdbc, Database database) {
		this.jdbc = jdbc;
		this.postgres = database.postgres();
	}

	/** The next id the table gives itself is {@code nextId}. */
	void continueFrom(String table, long nextId) {
		if (postgres) {
			jdbc.sql("select setval(pg_get_serial_sequence(:table, 'id'), :next, false)")
				.param("table", table)
				.param("next", nextId)
				.query(Long.class)
				.single();
		}
		else {
			jdbc.sql("alter table " + table + " alter column id restart with " + nextId).update();
		}
	}

}
