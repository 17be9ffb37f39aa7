package org.kam.sales.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kam.governance.SqlCondition;
import org.kam.support.BothDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The sales order SQL on each database; every test rolls back. */
@BothDatabases
@Transactional
class SalesOrdersRepositoryTests {

	static final SqlCondition EVERYTHING = new SqlCondition("1 = 1", Map.of());

	static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 8, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	SalesOrders orders;

	@Autowired
	JdbcClient jdbc;

	@Test
	void countingAcrossAccountsStopsAtTheCap() {
		long admin = jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();
		String marker = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
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
		SalesLine line = new SalesLine("Widget", BigDecimal.ONE, new BigDecimal("10.00"), new BigDecimal("10.00"));
		for (int i = 0; i < 3; i++) {
			orders.insert(new SalesOrderFields(accountId, marker + "-" + i, LocalDate.of(2026, 11, 1 + i), admin, "CNY",
					new BigDecimal("10.00"), List.of(line)), admin, NOW);
		}
		SalesFilter ofAccount = new SalesFilter(accountId, null, null, null, null);

		assertThat(orders.countUpTo(ofAccount, EVERYTHING, 2)).isEqualTo(2);
		assertThat(orders.countUpTo(ofAccount, EVERYTHING, 10)).isEqualTo(3);
	}

}
