package org.kam.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs the annotated test class against the application on an in-memory H2, as the
 * embedded default.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"kam.admin-password=" + TestUsers.ADMIN_PASSWORD,
		// every test client signs in from 127.0.0.1: the tests' deliberate wrong
		// passwords
		// must not get that address refused (LoginLockoutTests checks the real value)
		"kam.login.address-max-failures=" + TestUsers.ADDRESS_MAX_FAILURES,
		"spring.datasource.url=jdbc:h2:mem:kam-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
public @interface H2Test {

}
