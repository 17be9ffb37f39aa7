package org.kam.contract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kam.support.FreshDatabase;
import org.kam.support.DemoDay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo contracts written with the demo accounts at start-up: realistic, consistent,
 * some of them expiring soon; on H2 and on PostgreSQL, each in a database of its own.
 */
@FreshDatabase
@SpringBootTest(properties = { "kam.admin-password=demo-test-password", "kam.demo.accounts=2000", "kam.demo.seed=11" })
class ContractDemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void fillsZeroToAFewContractsPerAccountMoreForKeyAccounts() {
		long contracts = count("select count(*) from contract");
		assertThat(contracts).isBetween(1500L, 8000L);
		assertThat(
				count("""
						select count(*) from account a where (select count(*) from contract c where c.account_id = a.id) > 5"""))
			.isZero();
		assertThat(count(
				"select count(*) from account a where not exists (select 1 from contract c where c.account_id = a.id)"))
			.as("some accounts have none")
			.isPositive();
		double perTierA = ratio("a.tier = 'A'");
		double perOther = ratio("a.tier is null or a.tier <> 'A'");
		assertThat(perTierA).as("tier A has more contracts").isGreaterThan(perOther);
		assertThat(count("select count(*) from contract_attachment")).as("no demo files").isZero();
	}

	@Test
	void numbersAreUniqueAndLookReal() {
		assertThat(count("select count(distinct number_live) from contract"))
			.isEqualTo(count("select count(*) from contract"));
		assertThat(count("select count(*) from contract where number not like 'HT-20__-_______'")).isZero();
	}

	@Test
	void datesAndStatusesFitTogether() {
		LocalDate today = DemoDay.of(context);
		assertThat(count("select count(*) from contract where ends_on < starts_on")).isZero();
		assertThat(count("select count(*) from contract where signed_on > starts_on")).isZero();
		assertThat(count("select count(*) from contract where status = 'DRAFT' and signed_on is not null")).isZero();
		assertThat(jdbc.sql("select count(*) from contract where status = 'ACTIVE' and ends_on < :today")
			.param("today", today)
			.query(Long.class)
			.single()).isZero();
		assertThat(
				jdbc.sql("select count(*) from contract where status in ('EXPIRED', 'RENEWED') and ends_on >= :today")
					.param("today", today)
					.query(Long.class)
					.single())
			.isZero();
		assertThat(count("select count(*) from contract where amount < 0")).isZero();
		assertThat(count("select count(*) from contract where created_by is null")).isLessThan(200);
		assertThat(count("select count(distinct status) from contract")).isGreaterThanOrEqualTo(4);
		assertThat(count("select count(distinct type) from contract")).isEqualTo(5);
	}

	@Test
	void someActiveContractsEndWithinSixtyDays() {
		LocalDate today = DemoDay.of(context);
		long expiring = jdbc.sql("""
				select count(*) from contract where status = 'ACTIVE' and ends_on >= :today and ends_on <= :until""")
			.param("today", today)
			.param("until", today.plusDays(60))
			.query(Long.class)
			.single();
		assertThat(expiring).isGreaterThan(50);
	}

	private double ratio(String accounts) {
		double contracts = count(
				"select count(*) from contract c join account a on a.id = c.account_id where " + accounts);
		double total = count("select count(*) from account a where " + accounts);
		return total == 0 ? 0 : contracts / total;
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
