package org.kam.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;

/**
 * Runs the annotated test class against the application on PostgreSQL (see
 * {@link TestPostgres}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kam.admin-password=" + TestUsers.ADMIN_PASSWORD,
				"kam.login.address-max-failures=" + TestUsers.ADDRESS_MAX_FAILURES,
				"spring.datasource.hikari.maximum-pool-size=5" })
@ContextConfiguration(initializers = PostgresTest.Initializer.class)
@ExtendWith(PostgresTest.Condition.class)
public @interface PostgresTest {

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			String reason = TestPostgres.skipReason();
			return reason == null ? ConditionEvaluationResult.enabled("PostgreSQL at " + TestPostgres.url())
					: ConditionEvaluationResult.disabled(reason);
		}

	}

	class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues
				.of("spring.datasource.url=" + TestPostgres.url(), "spring.datasource.username=" + TestPostgres.user(),
						"spring.datasource.password=" + TestPostgres.password(),
						// as in application-postgres.yml
						"spring.datasource.hikari.data-source-properties.options=-c plan_cache_mode=force_custom_plan")
				.applyTo(context);
		}

	}

}
