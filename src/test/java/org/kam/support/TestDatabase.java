package org.kam.support;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The database a test JVM runs on. Surefire runs the suite twice (pom.xml): the default
 * execution on H2, the {@code postgresql} execution with
 * {@code kam.test.database=postgresql} on the classes tagged {@link #BOTH} or
 * {@link #POSTGRESQL_ONLY}. Without the property (an IDE) it is H2; set it to run a class
 * on PostgreSQL.
 */
public enum TestDatabase {

	H2, POSTGRESQL;

	/** The system property that chooses the database of this JVM. */
	public static final String PROPERTY = "kam.test.database";

	/** The tag of {@link BothDatabases} and {@link FreshDatabase} classes. */
	public static final String BOTH = "both-databases";

	/** The tag of {@link PostgresTest} classes. */
	public static final String POSTGRESQL_ONLY = "postgresql-only";

	/**
	 * A PostgreSQL JVM keeps at most eight contexts (the shared database's, four with
	 * properties of their own, four demo loads): at most 40 connections, well below the
	 * server's default max_connections of 100.
	 */
	private static final String POOL = "spring.datasource.hikari.maximum-pool-size=5";

	private static final String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	public static TestDatabase current() {
		String name = System.getProperty(PROPERTY, "h2").trim().toUpperCase(Locale.ROOT);
		return "POSTGRES".equals(name) ? POSTGRESQL : valueOf(name);
	}

	/**
	 * The suite's shared database, one per JVM for all its contexts, and the settings
	 * every test on it relies on.
	 */
	List<String> sharedDatabase() {
		List<String> settings = List.of("kam.admin-password=" + TestUsers.ADMIN_PASSWORD,
				// every test client signs in from 127.0.0.1: the tests' deliberate wrong
				// passwords must not get that address refused (LoginLockoutTests checks
				// the real value)
				"kam.login.address-max-failures=" + TestUsers.ADDRESS_MAX_FAILURES,
				// attachments written by the tests stay out of ./data
				"kam.data-dir=target/test-data");
		List<String> database = switch (this) {
			case H2 -> List.of("spring.datasource.url=jdbc:h2:mem:kam-test" + H2_MODE + ";DB_CLOSE_DELAY=-1");
			case POSTGRESQL -> List.of("spring.datasource.url=" + TestPostgres.url(),
					"spring.datasource.username=" + TestPostgres.user(),
					"spring.datasource.password=" + TestPostgres.password(),
					// as in application-postgres.yml
					"spring.datasource.hikari.data-source-properties.options=-c plan_cache_mode=force_custom_plan",
					POOL);
		};
		return Stream.concat(settings.stream(), database.stream()).toList();
	}

	/** A new, empty database, kept until the JVM exits. */
	List<String> freshDatabase() {
		String name = "kam_fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		return switch (this) {
			case H2 -> List.of("spring.datasource.url=jdbc:h2:mem:" + name + H2_MODE + ";DB_CLOSE_DELAY=-1");
			case POSTGRESQL ->
				List.of("spring.datasource.url=" + TestPostgres.createDatabase(name) + "?reWriteBatchedInserts=true",
						"spring.datasource.username=" + TestPostgres.user(),
						"spring.datasource.password=" + TestPostgres.password(), POOL);
		};
	}

	/**
	 * Adds the properties below a test class's own ({@code @SpringBootTest(properties)},
	 * {@code @TestPropertySource}, which win) and above the application's.
	 */
	private static void apply(List<String> properties, ConfigurableApplicationContext context) {
		MutablePropertySources sources = context.getEnvironment().getPropertySources();
		MapPropertySource source = new MapPropertySource("kam test database",
				TestPropertySourceUtils.convertInlinedPropertiesToMap(properties.toArray(String[]::new)));
		if (sources.contains(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME)) {
			sources.addAfter(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, source);
		}
		else {
			sources.addFirst(source);
		}
	}

	/** Points the context at the suite's shared database. */
	static class Shared implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			apply(current().sharedDatabase(), context);
		}

	}

	/** Points the context at a new, empty database. */
	static class Fresh implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			apply(current().freshDatabase(), context);
		}

	}

	/**
	 * Runs a class only on the databases its annotation names; on PostgreSQL, skips it
	 * where there is none (except under CI, see {@link TestPostgres}).
	 */
	static class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			Class<?> testClass = context.getRequiredTestClass();
			TestDatabase database = current();
			if (database == H2 && AnnotationSupport.isAnnotated(testClass, PostgresTest.class)) {
				return ConditionEvaluationResult.disabled("PostgreSQL only (" + PROPERTY + "=postgresql)");
			}
			if (database == POSTGRESQL && AnnotationSupport.isAnnotated(testClass, H2Test.class)) {
				return ConditionEvaluationResult.disabled("H2 only");
			}
			if (database == H2) {
				return ConditionEvaluationResult.enabled("on H2");
			}
			String reason = TestPostgres.skipReason();
			return reason == null ? ConditionEvaluationResult.enabled("on PostgreSQL at " + TestPostgres.url())
					: ConditionEvaluationResult.disabled(reason);
		}

	}

}
