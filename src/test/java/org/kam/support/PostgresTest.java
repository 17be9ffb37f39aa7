package org.kam.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Runs the annotated test class against the running application on PostgreSQL only, in
 * Surefire's {@code postgresql} execution (see {@link BothDatabases}), for what only
 * PostgreSQL has (a search strategy, a planner setting). It wins over a
 * {@link BothDatabases} inherited from a superclass.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(TestDatabase.POSTGRESQL_ONLY)
@SharedDatabaseApplication
public @interface PostgresTest {

}
