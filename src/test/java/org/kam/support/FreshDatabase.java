package org.kam.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Starts the annotated {@code @SpringBootTest} class's application on a new, empty
 * database, on H2 and on PostgreSQL as {@link BothDatabases} does: for the demo data load
 * at start-up, which refuses a database that already holds accounts. Classes with the
 * same {@code @SpringBootTest} properties share one context, hence one database and one
 * load; a test that writes removes what it wrote.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(TestDatabase.BOTH)
@ContextConfiguration(initializers = { TestDatabase.Fresh.class, TestPasswords.class })
@ExtendWith(TestDatabase.Condition.class)
public @interface FreshDatabase {

}
