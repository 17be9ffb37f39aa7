package org.kam.dataops.schema;

import java.lang.reflect.Constructor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.kam.support.TestPostgres;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A database migrated with the files of commit 1c54054 (vendor files in one folder per
 * database, {@code select 1;} placeholders, the notification index in complaint's V8_5;
 * kept in {@code src/test/resources/db-before-10}) starts and upgrades with today's files
 * and the application's Flyway locations, keeps its rows, and ends with the schema a new
 * database gets.
 */
class RetiredMigrationsTests {

	private static final String H2_URL = "jdbc:h2:mem:%s;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	@Test
	void anH2DatabaseFromBeforeTheMoveUpgrades() throws Exception {
		Database upgraded = new Database(H2_URL.formatted("before-10-" + UUID.randomUUID()), "sa", "");
		Database fresh = new Database(H2_URL.formatted("after-10-" + UUID.randomUUID()), "sa", "");
		upgradesToTheSchemaOfANewDatabase("h2", upgraded, fresh);
	}

	@Test
	void aPostgresqlDatabaseFromBeforeTheMoveUpgrades() throws Exception {
		assumeTrue(TestPostgres.url() != null, "no PostgreSQL");
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Database upgraded = Database.createdNextTo(TestPostgres.url(), "kam_before_10_" + suffix);
				Database fresh = Database.createdNextTo(TestPostgres.url(), "kam_after_10_" + suffix)) {
			upgradesToTheSchemaOfANewDatabase("postgresql", upgraded, fresh);
		}
	}

	private void upgradesToTheSchemaOfANewDatabase(String vendor, Database upgraded, Database fresh) throws Exception {
		Flyway.configure()
			.dataSource(upgraded.url(), upgraded.user(), upgraded.password())
			.locations("classpath:db/migration", "classpath:db-before-10/vendor/" + vendor)
			.javaMigrations(javaMigrations())
			.target("19.1")
			.load()
			.migrate();
		upgraded.execute("insert into account (name, name_key, status, urgency, created_at, updated_at)"
				+ " values ('杭州云帆', '杭州云帆', 'POTENTIAL', 'CAN_WAIT', current_timestamp, current_timestamp)");

		Flyway today = today(vendor, upgraded);
		today.migrate();

		assertThat(today.validateWithResult().validationSuccessful).isTrue();
		assertThat(today.info().pending()).isEmpty();
		assertThat(upgraded.rows("select name from account")).containsExactly("杭州云帆");
		List<String> history = upgraded.rows(HISTORY);
		assertThat(history).anyMatch(row -> row.contains(" DELETE "));
		// the next start writes nothing more to the history
		today(vendor, upgraded).migrate();
		assertThat(upgraded.rows(HISTORY)).isEqualTo(history);

		today(vendor, fresh).migrate();
		assertThat(upgraded.schema(vendor)).isNotEmpty().isEqualTo(fresh.schema(vendor));
	}

	private static final String HISTORY = "select installed_rank || ' ' || coalesce(version, '') || ' ' || type"
			+ " || ' ' || coalesce(checksum, 0) from flyway_schema_history order by installed_rank";

	/** Flyway as the application sets it up: the locations of application.yml. */
	private static Flyway today(String vendor, Database database) throws Exception {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		String[] locations = Arrays.stream(yaml.getObject().getProperty("spring.flyway.locations").split(","))
			.map(location -> location.trim().replace("{vendor}", vendor))
			.toArray(String[]::new);
		return Flyway.configure()
			.dataSource(database.url(), database.user(), database.password())
			.locations(locations)
			.javaMigrations(javaMigrations())
			.callbacks(new RetiredMigrations())
			.load();
	}

	/** The application hands its Java migrations to Flyway as beans. */
	private static JavaMigration[] javaMigrations() throws Exception {
		Constructor<?> nameMatchFill = Class.forName("org.kam.account.domain.V19_1__Account_name_match_fill")
			.getDeclaredConstructor();
		nameMatchFill.setAccessible(true);
		return new JavaMigration[] { (JavaMigration) nameMatchFill.newInstance() };
	}

	record Database(String url, String user, String password, Runnable dropped) implements AutoCloseable {

		Database(String url, String user, String password) {
			this(url, user, password, () -> {
			});
		}

		/** A new database on the server of the PostgreSQL suite, dropped afterwards. */
		static Database createdNextTo(String url, String name) {
			Database server = new Database(url, TestPostgres.user(), TestPostgres.password());
			server.execute("create database " + name);
			String databaseUrl = url.substring(0, url.lastIndexOf('/') + 1) + name;
			return new Database(databaseUrl, server.user(), server.password(),
					() -> server.execute("drop database if exists " + name + " with (force)"));
		}

		void execute(String sql) {
			try (Connection connection = DriverManager.getConnection(url, user, password);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		List<String> rows(String sql) throws SQLException {
			List<String> rows = new ArrayList<>();
			try (Connection connection = DriverManager.getConnection(url, user, password);
					Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery(sql)) {
				while (result.next()) {
					rows.add(result.getString(1));
				}
			}
			return rows;
		}

		/** Every column and index of the application's tables, with its definition. */
		List<String> schema(String vendor) throws SQLException {
			List<String> schema = new ArrayList<>(rows("select table_name || '.' || column_name || ' ' || data_type"
					+ " || ' ' || is_nullable || ' ' || coalesce(column_default, '') from information_schema.columns"
					+ " where table_schema = 'public' and table_name <> 'flyway_schema_history'"
					+ " order by table_name, column_name"));
			schema.addAll(rows(vendor.equals("h2")
					? "select table_name || ' ' || index_name || ' ' || column_name || ' ' || ordering_specification"
							+ " from information_schema.index_columns where table_schema = 'public'"
							+ " and table_name <> 'flyway_schema_history' order by table_name, index_name, ordinal_position"
					: "select indexdef from pg_indexes where schemaname = 'public'"
							+ " and tablename <> 'flyway_schema_history' order by tablename, indexname"));
			return schema;
		}

		@Override
		public void close() {
			dropped.run();
		}

	}

}
