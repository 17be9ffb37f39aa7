package org.kam.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kam.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bulk transaction's plans: generic inside it, and the pooled connection back to the
 * pool's setting after it (custom plans), whether it committed or rolled back.
 */
@PostgresTest
class DatabasePostgresTests {

	@Autowired
	Database database;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void plansOncePerStatementOnlyInsideTheTransaction() {
		String pools = planCacheMode();
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		String inside = transaction.execute(status -> {
			database.planOncePerStatement();
			return planCacheMode();
		});
		assertThat(inside).isEqualTo("force_generic_plan");
		assertThat(planCacheMode()).isEqualTo(pools);

		String rolledBack = transaction.execute(status -> {
			database.planOncePerStatement();
			status.setRollbackOnly();
			return planCacheMode();
		});
		assertThat(rolledBack).isEqualTo("force_generic_plan");
		assertThat(planCacheMode()).isEqualTo(pools);
	}

	private String planCacheMode() {
		return jdbc.sql("select current_setting('plan_cache_mode')").query(String.class).single();
	}

}
