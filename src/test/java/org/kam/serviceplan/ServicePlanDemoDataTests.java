package org.kam.serviceplan;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.kam.support.FreshDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo load writes consistent service plans; on H2 and on PostgreSQL, each in a
 * database of its own.
 */
@FreshDatabase
@SpringBootTest(properties = { "kam.admin-password=demo-test-password", "kam.demo.accounts=2000", "kam.demo.seed=11" })
class ServicePlanDemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void cooperatingAccountsGetServicePlansSomeRecurringAFewOverdue() {
		long cooperating = count("select count(*) from account where status = 'COOPERATING'");
		long plans = count("select count(*) from service_plan");
		assertThat(plans).isBetween(cooperating * 2, cooperating * 4);
		assertThat(count("""
				select count(*) from service_plan sp join account a on a.id = sp.account_id
				where a.status <> 'COOPERATING'""")).isZero();
		assertThat(count("select count(*) from service_plan where recurrence <> 'NONE'")).isBetween(plans / 3,
				plans * 2 / 3);
		assertThat(count("select count(*) from service_plan where recurrence = 'NONE' and next_due_on <> due_on"))
			.isZero();
		assertThat(count("select count(*) from service_plan where recurrence <> 'NONE' and starts_on is null"))
			.isZero();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		long overdue = jdbc.sql("""
				select count(*) from service_plan
				where status in ('PLANNED', 'IN_PROGRESS') and next_due_on < :today""")
			.param("today", today.minusDays(1))
			.query(Long.class)
			.single();
		assertThat(overdue).isBetween(plans / 20, plans / 4);
		assertThat(count("""
				select count(*) from service_plan sp join account a on a.id = sp.account_id
				where a.owner_id is not null and sp.responsible_id <> a.owner_id""")).isZero();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
