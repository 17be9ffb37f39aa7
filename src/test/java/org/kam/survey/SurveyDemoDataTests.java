package org.kam.survey;

import org.junit.jupiter.api.Test;
import org.kam.support.FreshDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo surveys written with the demo accounts (as KAM_DEMO_ACCOUNTS=1000 would); on
 * H2 and on PostgreSQL, each in a database of its own.
 */
@FreshDatabase
@SpringBootTest(properties = { "kam.admin-password=demo-test-password", "kam.demo.accounts=1000", "kam.demo.seed=7" })
class SurveyDemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void surveysAreWrittenMostlyForCooperatingAccountsWithConsistentScores() {
		long surveys = count("select count(*) from survey");
		assertThat(surveys).isBetween(300L, 3000L);
		assertThat(count("""
				select max(n) from (select count(*) as n from survey group by account_id) per_account"""))
			.isLessThanOrEqualTo(4);
		long cooperating = count("""
				select count(*) from survey s join account a on a.id = s.account_id where a.status = 'COOPERATING'""");
		assertThat(cooperating * 10).as("cooperating accounts get most surveys").isGreaterThan(surveys * 7);
		assertThat(count(
				"select count(*) from survey s join account a on a.id = s.account_id where a.status = 'POTENTIAL'"))
			.isZero();

		assertThat(count("""
				select count(*) from survey s join account a on a.id = s.account_id
				where s.surveyed_on > cast(current_date as date) or s.surveyed_on < cast(current_date as date) - 731
				  or s.surveyed_on < cast(a.created_at as date)"""))
			.as("within two years, after the account was created")
			.isZero();
		assertThat(count("""
				select count(*) from survey
				where abs(overall * 3 - (product_quality + service_attitude + response_speed)) > 4"""))
			.as("overall near the mean of the others")
			.isLessThan(surveys / 50 + 1);
		assertThat(count("select count(*) from survey where nps is not null and overall >= 4 and nps < 5"))
			.as("NPS consistent with the overall score")
			.isLessThan(surveys / 50 + 1);
		assertThat(count("select count(*) from survey where nps is not null and overall <= 2 and nps > 6")).isZero();

		assertThat(count("select count(*) from survey where respondent_contact_id is null and respondent_name is null"))
			.isZero();
		assertThat(count("""
				select count(*) from survey s join contact c on c.id = s.respondent_contact_id
				where c.account_id <> s.account_id""")).as("respondents are the account's contacts").isZero();
		assertThat(count("select count(*) from survey where respondent_contact_id is not null"))
			.isGreaterThan(surveys / 2);
		assertThat(count("select count(distinct overall) from survey")).as("scores vary").isGreaterThanOrEqualTo(4);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
