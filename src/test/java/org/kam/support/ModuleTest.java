package org.kam.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The test class's application module alone (Spring Modulith's
 * {@link ApplicationModuleTest}: its own beans and the shared module's, no other
 * module's, no web server) on a new in-memory H2 of its own: for what a module must do by
 * itself, such as reacting to another module's events with nothing of that module loaded.
 * Not on the suite's shared database: the whole application migrates that one, with
 * migrations that are beans of other modules (V19_1), which Flyway in a slice would miss
 * and refuse. Every such class is one more application context: use it for a module's
 * contract with the others, not for what the shared application already tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ApplicationModuleTest(webEnvironment = WebEnvironment.NONE)
@ContextConfiguration(initializers = { TestDatabase.Fresh.class, TestPasswords.class })
@ExtendWith(TestDatabase.Condition.class)
public @interface ModuleTest {

}
