package org.kam.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Gives the annotated {@code @SpringBootTest} class a new, empty database of its own, on
 * H2 and on PostgreSQL as {@link BothDatabases} does: for the demo data loader, which
 * refuses a database that already holds accounts. Its context is closed after the class
 * (so that its connections go and the next class gets a database of its own).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(TestDatabase.BOTH)
@ContextConfiguration(initializers = TestDatabase.Fresh.class)
@DirtiesContext
@ExtendWith(TestDatabase.Condition.class)
public @interface FreshDatabase {

}
