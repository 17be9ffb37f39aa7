package org.kam.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Runs the annotated test class against the running application twice: on H2 in
 * Surefire's default execution, on PostgreSQL in its {@code postgresql} execution (see
 * {@link TestDatabase}; reports of that run end in {@code -postgresql}). The PostgreSQL
 * run is skipped where there is no PostgreSQL, except under CI (see
 * {@link TestPostgres}). All classes on one database share one application context unless
 * they add properties of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(TestDatabase.BOTH)
@SharedDatabaseApplication
public @interface BothDatabases {

}
