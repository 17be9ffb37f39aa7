package org.kam.complaint;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.kam.support.FreshDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo complaints written with the start-up load of 2000 accounts (as
 * {@code KAM_DEMO_ACCOUNTS=2000} would); on H2 and on PostgreSQL, each in a database of
 * its own.
 */
@FreshDatabase
@SpringBootTest(properties = { "kam.admin-password=demo-test-password", "kam.demo.accounts=2000", "kam.demo.seed=11" })
class ComplaintDemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void writesAFewComplaintsPerAccountMostlyResolvedAndConfirmed() {
		long total = count("select count(*) from complaint");
		assertThat(total).as("a few per account on average, not more").isBetween(300L, 4000L);
		assertThat(count("""
				select count(*) from account a where a.tier = 'A'
				  and not exists (select 1 from complaint c where c.account_id = a.id)""")).as("every key account")
			.isZero();
		long closedAndConfirmed = count(
				"select count(*) from complaint where status = 'CLOSED' and customer_confirmed");
		assertThat(closedAndConfirmed).as("most are closed with the customer's confirmation").isGreaterThan(total / 2);
		assertThat(count("select count(*) from complaint where status in ('OPEN', 'IN_PROGRESS')")).as("a few open")
			.isBetween(1L, total / 5);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		long breaching = jdbc.sql("""
				select count(*) from complaint c where coalesce(c.responded_at, c.closed_at, :now) > c.response_due_at
				  or coalesce(c.resolved_at, c.closed_at, :now) > c.resolution_due_at""")
			.param("now", now)
			.query(Long.class)
			.single();
		assertThat(breaching).as("some breach their targets").isBetween(1L, total / 3);
		assertThat(count("""
				select count(*) from complaint where received_at > response_due_at or received_at > resolution_due_at
				  or (resolved_at is not null and resolved_at < received_at)
				  or (status = 'RESOLVED' and resolution is null)
				  or (status = 'CLOSED' and not customer_confirmed and closing_note is null)
				  or owner_id is null""")).as("consistent with the workflow's rules").isZero();
		assertThat(count("select count(*) from complaint where received_at < current_timestamp - interval '800' day"))
			.as("within two years")
			.isZero();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
