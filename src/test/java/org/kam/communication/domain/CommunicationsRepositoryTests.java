package org.kam.communication.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.kam.communication.Channel;
import org.kam.communication.DueNextStep;
import org.kam.governance.SqlCondition;
import org.kam.support.BothDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The communication SQL on each database; every test rolls back. */
@BothDatabases
@Transactional
class CommunicationsRepositoryTests {

	static final SqlCondition EVERYTHING = new SqlCondition("1 = 1", Map.of());

	static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 8, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	Communications communications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void countingAcrossAccountsStopsAtTheCap() {
		long admin = jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();
		String marker = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		jdbc.sql("""
				insert into account (name, name_key, status, urgency, created_at, updated_at)
				values (:name, :name, 'POTENTIAL', 'CAN_WAIT', :now, :now)""")
			.param("name", marker)
			.param("now", NOW)
			.update();
		long accountId = jdbc.sql("select id from account where name_key = :name")
			.param("name", marker)
			.query(Long.class)
			.single();
		for (int i = 0; i < 3; i++) {
			communications.insert(accountId, new CommunicationFields(Channel.PHONE, NOW.minusDays(i), "Call " + i, null,
					null, List.of(), List.of(), null, null, null, false), admin, NOW);
		}
		CommunicationFilter ofAccount = CommunicationFilter.none().forAccount(accountId);

		assertThat(communications.countUpTo(ofAccount, null, null, EVERYTHING, 2)).isEqualTo(2);
		assertThat(communications.countUpTo(ofAccount, null, null, EVERYTHING, 10)).isEqualTo(3);
	}

	@Test
	void openNextStepsOfOneOwnerByDueDateCountedUpToTheCapAndListedEitherWay() {
		String username = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		jdbc.sql("""
				insert into app_user (username, display_name, password_hash, created_at, updated_at)
				values (:name, :name, '{noop}x', :now, :now)""").param("name", username).param("now", NOW).update();
		long owner = jdbc.sql("select id from app_user where username = :name")
			.param("name", username)
			.query(Long.class)
			.single();
		long accountId = account();
		LocalDate today = LocalDate.of(2026, 11, 25);
		for (int days : new int[] { -40, -3, -1, 0, 2, 7, 30 }) {
			communications.insert(accountId, new CommunicationFields(Channel.PHONE, NOW, "Call", null, null, List.of(),
					List.of(), "Step " + days, today.plusDays(days), owner, false), owner, NOW);
		}
		communications.insert(accountId, new CommunicationFields(Channel.PHONE, NOW, "Call", null, null, List.of(),
				List.of(), "Done step", today.minusDays(2), owner, true), owner, NOW);

		assertThat(communications.countOpenNextSteps(owner, null, today, EVERYTHING, 100)).isEqualTo(3);
		assertThat(communications.countOpenNextSteps(owner, null, today, EVERYTHING, 2)).isEqualTo(2);
		assertThat(communications.countOpenNextSteps(owner, today, today.plusDays(1), EVERYTHING, 100)).isEqualTo(1);
		assertThat(communications.countOpenNextSteps(owner, today.plusDays(1), today.plusDays(8), EVERYTHING, 100))
			.isEqualTo(2);
		assertThat(communications.openNextSteps(owner, today, today.plusDays(8), today, EVERYTHING, false, 10))
			.extracting(DueNextStep::nextStep)
			.containsExactly("Step 0", "Step 2", "Step 7");
		assertThat(communications.openNextSteps(owner, null, today, today, EVERYTHING, true, 2))
			.extracting(DueNextStep::nextStep, DueNextStep::overdue)
			.containsExactly(Tuple.tuple("Step -1", true), Tuple.tuple("Step -3", true));
	}

	private long account() {
		String marker = "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		jdbc.sql("""
				insert into account (name, name_key, status, urgency, created_at, updated_at)
				values (:name, :name, 'POTENTIAL', 'CAN_WAIT', :now, :now)""")
			.param("name", marker)
			.param("now", NOW)
			.update();
		return jdbc.sql("select id from account where name_key = :name")
			.param("name", marker)
			.query(Long.class)
			.single();
	}

}
