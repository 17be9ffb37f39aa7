package org.kam.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class SqlFilterTests {

	enum Status {

		ACTIVE

	}

	@Test
	void joinsTheConditionsWithAndAndBindsTheirValues() {
		SqlFilter filter = new SqlFilter().and("c.deleted_at is null")
			.and("a.owner_id = :userId or :manager", Map.of("userId", 7L, "manager", false))
			.and("c.ends_on >= :today", "today", LocalDate.of(2026, 1, 1))
			.equalsIfGiven("c.status", "status", Status.ACTIVE);

		assertThat(filter.where()).isEqualTo(" where c.deleted_at is null and (a.owner_id = :userId or :manager)"
				+ " and c.ends_on >= :today and c.status = :status");
		assertThat(filter.params()).containsOnly(Map.entry("userId", 7L), Map.entry("manager", false),
				Map.entry("today", LocalDate.of(2026, 1, 1)), Map.entry("status", "ACTIVE"));
	}

	@Test
	void leavesOutTheFiltersThatWereNotGiven() {
		SqlFilter filter = new SqlFilter().equalsIfGiven("a.city_code", "city", null)
			.equalsIfGiven("a.industry", "industry", "  ")
			.andIfGiven("s.surveyed_on >= :from", "from", null)
			.containsIfGiven("r.title_key", "q", "")
			.equalsIfGiven("a.owner_id", "ownerId", 0L);

		assertThat(filter.where()).isEqualTo(" where a.owner_id = :ownerId");
		assertThat(filter.params()).containsOnly(Map.entry("ownerId", 0L));
		assertThat(new SqlFilter().equalsIfGiven("a.tier", "tier", null).where()).isEmpty();
	}

	@Test
	void containsTakesPercentUnderscoreAndBackslashLiterally() {
		assertThat(SqlFilter.containing("50%_a\\b")).isEqualTo("%50\\%\\_a\\\\b%");
		assertThat(SqlFilter.like("r.title_key", "q")).isEqualTo("r.title_key like :q escape '\\'");
		assertThat(new SqlFilter().containsIfGiven("r.title_key", "q", "a_b").where())
			.isEqualTo(" where r.title_key like :q escape '\\'");

		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource("jdbc:h2:mem:sqlfilter", true));
		jdbc.sql("create table t (title varchar(20))").update();
		for (String title : List.of("50% off", "500 off", "a_b", "axb", "c\\d", "cd", "c\\\\d")) {
			jdbc.sql("insert into t values (:title)").param("title", title).update();
		}

		assertThat(matching(jdbc, "50%")).containsExactly("50% off");
		assertThat(matching(jdbc, "a_b")).containsExactly("a_b");
		assertThat(matching(jdbc, "c\\d")).containsExactly("c\\d");
		assertThat(matching(jdbc, "\\")).containsExactlyInAnyOrder("c\\d", "c\\\\d");
	}

	private static List<String> matching(JdbcClient jdbc, String text) {
		SqlFilter filter = new SqlFilter().containsIfGiven("title", "q", text);
		return jdbc.sql("select title from t" + filter.where()).params(filter.params()).query(String.class).list();
	}

	@Test
	void countsNoFurtherThanTheCap() {
		SqlFilter filter = new SqlFilter().and("c.deleted_at is null").equalsIfGiven("c.type", "type", "SALE");

		assertThat(filter.cappedCount(" contract c join account a on a.id = c.account_id\n"))
			.isEqualTo("select count(*) from (select 1 from contract c join account a on a.id = c.account_id"
					+ " where c.deleted_at is null and c.type = :type limit :cap) t");

		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource("jdbc:h2:mem:sqlfiltercount", true));
		jdbc.sql("create table n (x int)").update();
		for (int x = 0; x < 5; x++) {
			jdbc.sql("insert into n values (:x)").param("x", x).update();
		}
		SqlFilter under = new SqlFilter().and("x < :below", "below", 4);
		assertThat(under.countUpTo(jdbc, "n", 2)).isEqualTo(2);
		assertThat(under.countUpTo(jdbc, "n", 10)).isEqualTo(4);
		assertThat(new SqlFilter().countUpTo(jdbc, "n", CountCap.COUNT_UP_TO)).isEqualTo(5);
	}

}
