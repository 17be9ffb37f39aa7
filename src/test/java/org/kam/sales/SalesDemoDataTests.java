package org.kam.sales;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kam.support.FreshDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo orders written with 2,000 demo accounts at start-up; on H2 and on PostgreSQL,
 * each in a database of its own, as {@code dataops.DemoDataTests}.
 */
@FreshDatabase
@SpringBootTest(properties = { "kam.admin-password=demo-test-password", "kam.demo.accounts=2000", "kam.demo.seed=11" })
class SalesDemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void writesConsistentOrdersScaledByStatusAndTier() {
		long orders = count("select count(*) from sales_order");
		assertThat(orders).as("a few orders per account").isBetween(2000L, 10_000L);
		assertThat(count("select count(*) from sales_line")).isBetween(orders, orders * 5);
		assertThat(count("""
				select count(*) from sales_order o
				where o.line_count <> (select count(*) from sales_line l where l.order_id = o.id)
				   or o.line_count not between 1 and 5""")).isZero();
		assertThat(count("""
				select count(*) from sales_order o
				where o.total <> (select sum(l.line_amount) from sales_line l where l.order_id = o.id)""")).isZero();
		assertThat(count("""
				select count(*) from sales_line
				where line_amount <> round(quantity * unit_price, 2) or quantity <= 0 or unit_price < 0""")).isZero();
		assertThat(count("""
				select count(*) from sales_order o join account a on a.id = o.account_id
				where a.owner_id is not null and o.salesperson_id <> a.owner_id""")).isZero();
		assertThat(count("select count(distinct order_no_live) from sales_order")).isEqualTo(orders);
		assertThat(count("select count(*) from sales_order where currency <> 'CNY'")).isZero();
		assertThat(jdbc.sql("select count(*) from sales_order where order_date < :earliest")
			.param("earliest", LocalDate.now().minusDays(740))
			.query(Long.class)
			.single()).isZero();

		double tierA = perAccount("COOPERATING", "A");
		double tierC = perAccount("COOPERATING", "C");
		double potential = count("select count(*) from sales_order o join account a on a.id = o.account_id"
				+ " where a.status = 'POTENTIAL'")
				/ (double) count("select count(*) from account where status = 'POTENTIAL'");
		assertThat(tierA).isGreaterThan(8);
		assertThat(tierC).isBetween(1.0, 4.0);
		assertThat(potential).isLessThan(0.3);
		assertThat(count("""
				select count(*) from account a where a.status = 'COOPERATING'
				and not exists (select 1 from sales_order o where o.account_id = a.id)""")).isZero();
	}

	@Test
	void identityColumnsStillHandOutNewIds() {
		long max = count("select max(id) from sales_order");
		long account = count("select min(id) from account");
		long owner = count("select min(id) from app_user");
		jdbc.sql(
				"""
						insert into sales_order (account_id, order_no, order_no_live, order_date, salesperson_id, currency,
						  total, line_count, created_at, updated_at)
						values (:a, 'LATER-1', 'LATER-1', current_date, :u, 'CNY', 0, 0, current_timestamp, current_timestamp)""")
			.param("a", account)
			.param("u", owner)
			.update();
		assertThat(count("select id from sales_order where order_no = 'LATER-1'")).isGreaterThan(max);
		jdbc.sql("delete from sales_order where order_no = 'LATER-1'").update();
	}

	private double perAccount(String status, String tier) {
		long orders = jdbc.sql("""
				select count(*) from sales_order o join account a on a.id = o.account_id
				where a.status = :status and a.tier = :tier""")
			.param("status", status)
			.param("tier", tier)
			.query(Long.class)
			.single();
		long accounts = jdbc.sql("select count(*) from account where status = :status and tier = :tier")
			.param("status", status)
			.param("tier", tier)
			.query(Long.class)
			.single();
		return orders / (double) Math.max(1, accounts);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
