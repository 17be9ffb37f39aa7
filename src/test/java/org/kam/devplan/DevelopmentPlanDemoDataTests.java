package org.kam.devplan;

import org.junit.jupiter.api.Test;
import org.kam.support.FreshDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo load writes consistent development plans; on H2 and on PostgreSQL, each in a
 * database of its own.
 */
@FreshDatabase
@SpringBootTest(properties = { "kam.admin-password=demo-test-password", "kam.demo.accounts=2000", "kam.demo.seed=11" })
class DevelopmentPlanDemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void mostCooperatingTierAAndBAccountsGetAPlanWithMilestonesAndStakeholders() {
		long eligible = count("select count(*) from account where status = 'COOPERATING' and tier in ('A', 'B')");
		long plans = count("select count(*) from development_plan");
		assertThat(eligible).isPositive();
		assertThat(plans).isBetween(eligible * 6 / 10, eligible * 95 / 100);
		assertThat(count("""
				select count(*) from development_plan p join account a on a.id = p.account_id
				where a.status <> 'COOPERATING' or a.tier not in ('A', 'B')""")).isZero();
		assertThat(count("""
				select count(*) from development_plan p where
				  (select count(*) from development_plan_milestone m where m.plan_id = p.id) not between 3 and 5"""))
			.isZero();
		assertThat(count("""
				select count(*) from development_plan p where
				  (select count(*) from development_plan_stakeholder s where s.plan_id = p.id) > 3""")).isZero();
		assertThat(count("select count(*) from development_plan_stakeholder")).isGreaterThanOrEqualTo(plans / 2);
		assertThat(count("""
				select count(*) from development_plan_stakeholder s
				join development_plan p on p.id = s.plan_id
				join contact c on c.id = s.contact_id
				where c.account_id <> p.account_id""")).as("stakeholders are the account's own contacts").isZero();
		assertThat(count("""
				select count(*) from development_plan p where p.progress <> (
				  select count(case when m.status = 'DONE' then 1 end) * 100 / count(*)
				  from development_plan_milestone m where m.plan_id = p.id)""")).as("stored progress").isZero();
		assertThat(count("select count(*) from development_plan where period_end < period_start")).isZero();
		assertThat(count("""
				select count(*) from development_plan p where coalesce(p.next_milestone_due, date '2999-12-31') <> (
				  select coalesce(min(m.due_on), date '2999-12-31') from development_plan_milestone m
				  where m.plan_id = p.id and m.status in ('PLANNED', 'IN_PROGRESS'))""")).as("stored next milestone")
			.isZero();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
