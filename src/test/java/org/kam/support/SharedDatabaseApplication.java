package org.kam.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The running application on the suite's shared database of this JVM
 * ({@link TestDatabase}). {@link BothDatabases}, {@link H2Test} and {@link PostgresTest}
 * are all made of it, so that their classes on one database share one application
 * context; use one of them.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { TestDatabase.Shared.class, TestPasswords.class })
@ExtendWith(TestDatabase.Condition.class)
@interface SharedDatabaseApplication {

}
