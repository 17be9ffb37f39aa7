package org.kam.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.kam.support.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The running application over 240 demo accounts loaded at start-up into an H2 database
 * of its own, for the browser tests that look at pages full of data. The classes that
 * carry it share one application context, hence one demo load; what they write stays out
 * of the demo accounts they look at.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"kam.admin-password=" + TestUsers.ADMIN_PASSWORD, "kam.demo.accounts=240",
		"spring.datasource.url=jdbc:h2:mem:kam-demo-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@interface DemoDataApplication {

}
