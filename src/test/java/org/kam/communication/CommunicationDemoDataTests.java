package org.kam.communication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kam.identity.CurrentUser;
import org.kam.identity.Role;
import org.kam.support.FreshDatabase;
import org.kam.support.DemoDay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo communications written at start-up for 600 demo accounts, as
 * {@code KAM_DEMO_ACCOUNTS=600} would do it; on H2 and on PostgreSQL, each in a database
 * of its own.
 */
@FreshDatabase
@SpringBootTest(properties = { "kam.admin-password=demo-test-password", "kam.demo.accounts=600", "kam.demo.seed=7" })
class CommunicationDemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	CommunicationApi communications;

	@Test
	void everyTierHasCommunicationsAndTierAAccountsTheMost() {
		long total = count("select count(*) from communication");
		assertThat(total).isBetween(600L, 600L * 15);
		double tierA = average("A");
		double tierC = average("C");
		assertThat(tierA).as("tier A per account").isGreaterThan(7.5);
		assertThat(tierC).as("tier C per account").isBetween(0.5, 4.5);
		assertThat(count("select count(distinct channel) from communication")).isEqualTo(6);
	}

	@Test
	void communicationsAreOfTheLastTwoYearsAndNotBeforeTheAccountExisted() {
		OffsetDateTime now = OffsetDateTime.now();
		assertThat(count("select count(*) from communication where occurred_at > :now", now)).isZero();
		assertThat(count("select count(*) from communication where occurred_at < :start", now.minusDays(732))).isZero();
		assertThat(count("""
				select count(*) from communication c join account a on a.id = c.account_id
				where c.occurred_at < a.created_at and a.created_at < :recent""", now.minusDays(2))).isZero();
	}

	@Test
	void participantsAreTheAccountsContactsAndOwner() {
		assertThat(count("""
				select count(*) from communication_contact cc
				join communication c on c.id = cc.communication_id join contact k on k.id = cc.contact_id
				where k.account_id <> c.account_id or cc.account_id <> c.account_id""")).isZero();
		assertThat(count("select count(*) from communication_contact")).isGreaterThan(600);
		assertThat(count("""
				select count(*) from communication c join account a on a.id = c.account_id
				where a.owner_id is not null and not exists (select 1 from communication_user u
				  where u.communication_id = c.id and u.user_id = a.owner_id)""")).isZero();
		assertThat(count("""
				select count(*) from communication_user u join communication c on c.id = u.communication_id
				where u.account_id <> c.account_id""")).isZero();
	}

	@Test
	void someNextStepsOfTheOwnersAreOpenAndDueAroundNow() {
		LocalDate today = DemoDay.of(context);
		assertThat(count("""
				select count(*) from communication where next_step is not null
				  and (next_step_due is null or next_step_owner_id is null)""")).isZero();
		assertThat(count("""
				select count(*) from communication where next_step is null
				  and (next_step_due is not null or next_step_owner_id is not null or next_step_done)""")).isZero();
		long aroundNow = count("""
				select count(*) from communication c join account a on a.id = c.account_id
				where c.next_step_done = false and c.next_step_owner_id = a.owner_id
				  and c.next_step_due between :from and :to""", today.minusDays(8), today.plusDays(11));
		assertThat(aroundNow).isGreaterThan(30);
		assertThat(count("select count(*) from communication where next_step_done")).isPositive();

		long owner = count("""
				select a.owner_id from account a join communication c on c.account_id = a.id
				where c.next_step_done = false and c.next_step_owner_id = a.owner_id and c.next_step_due <= :soon
				order by a.owner_id limit 1""", today.plusDays(7));
		CurrentUser user = new CurrentUser(owner, "demo", "Demo", Set.of(Role.ACCOUNT_MANAGER));
		List<DueNextStep> due = communications.dueNextSteps(user, 8);
		assertThat(due).isNotEmpty();
		assertThat(due).extracting(DueNextStep::due).isSorted().allMatch(d -> !d.isAfter(today.plusDays(7)));
	}

	@Test
	void noOpenNextStepIsOlderThanThreeWeeks() {
		LocalDate today = DemoDay.of(context);
		assertThat(count("""
				select count(*) from communication
				where next_step is not null and next_step_done = false and next_step_due < :before""",
				today.minusWeeks(3)))
			.isZero();
	}

	private double average(String tier) {
		return jdbc.sql("""
				select cast(count(c.id) as double precision) / count(distinct a.id) from account a
				left join communication c on c.account_id = a.id where a.tier = :tier""")
			.param("tier", tier)
			.query(Double.class)
			.single();
	}

	/** Binds {@code params} to the named parameters in the order they appear. */
	private long count(String sql, Object... params) {
		return bind(jdbc.sql(sql), sql, params).query(Long.class).single();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, String sql, Object... params) {
		Matcher names = Pattern.compile(":([a-z]+)").matcher(sql);
		int i = 0;
		while (names.find() && i < params.length) {
			spec = spec.param(names.group(1), params[i++]);
		}
		return spec;
	}

}
