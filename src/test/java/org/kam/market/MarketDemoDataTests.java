package org.kam.market;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kam.support.FreshDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo market reports that a start-up load of 2,000 accounts writes
 * ({@code KAM_DEMO_ACCOUNTS=2000}); on H2 and on PostgreSQL, each in a database of its
 * own.
 */
@FreshDatabase
@SpringBootTest(properties = { "kam.admin-password=demo-test-password", "kam.demo.accounts=2000", "kam.demo.seed=11" })
class MarketDemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFewReportsPerChunkOfAccountsEachForOneIndustryAndProvince() {
		long reports = count("select count(*) from market_report");
		assertThat(reports).as("four per chunk of 1,000 accounts").isBetween(2L, 8L);
		assertThat(count("select count(*) from market_report where industry is null or province is null")).isZero();
		assertThat(count("select count(*) from market_report where period_end >= created_at")).isZero();
		assertThat(count("select count(*) from market_report where market_size <= 0 or currency <> 'CNY'")).isZero();
		assertThat(count("select count(distinct title) from market_report")).isEqualTo(reports);
	}

	@Test
	void competitorsHaveSharesThatAddUpToAtMostOneHundredPercent() {
		List<BigDecimal> totals = jdbc
			.sql("select sum(share) from market_report_competitor group by report_id order by report_id")
			.query(BigDecimal.class)
			.list();
		assertThat(totals).hasSize((int) count("select count(*) from market_report"));
		assertThat(totals)
			.allSatisfy(total -> assertThat(total).isBetween(new BigDecimal("40"), new BigDecimal("100")));
		assertThat(count("""
				select count(*) from (select report_id, count(*) n from market_report_competitor group by report_id) c
				where n < 3 or n > 6""")).isZero();
		assertThat(count("""
				select count(*) from (select report_id, name from market_report_competitor group by report_id, name
				having count(*) > 1) d""")).as("no competitor twice in a report").isZero();
	}

	@Test
	void eachReportIsLinkedToAHandfulOfAccountsOfItsMarket() {
		assertThat(count("""
				select count(*) from market_report_account l
				join market_report r on r.id = l.report_id join account a on a.id = l.account_id
				where a.industry <> r.industry or a.province <> r.province""")).isZero();
		assertThat(count("""
				select count(*) from (select report_id, count(*) n from market_report_account group by report_id) l
				where n < 2 or n > 5""")).isZero();
		assertThat(count("select count(distinct report_id) from market_report_account"))
			.isEqualTo(count("select count(*) from market_report"));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
