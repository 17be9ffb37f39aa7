package org.kam.account.domain;

import org.kam.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The repository tests on PostgreSQL with keywords checked on each account whenever other
 * filters or an access condition leave few accounts (the choice depends on statistics
 * that a test database lacks).
 */
@PostgresTest
@TestPropertySource(properties = "kam.search.keyword-lookup=PER_ACCOUNT")
class AccountsRepositoryPerAccountPostgresTests extends AccountsRepositoryTests {

}
