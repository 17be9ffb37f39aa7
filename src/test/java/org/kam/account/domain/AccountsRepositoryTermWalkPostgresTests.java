package org.kam.account.domain;

import org.kam.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The repository tests on PostgreSQL with every keyword looked up through the search
 * terms, however few accounts the other filters leave: the small test archive would
 * otherwise always take the per-account check when a filter or an access condition is
 * set.
 */
@PostgresTest
@TestPropertySource(properties = "kam.search.per-account-below=0")
class AccountsRepositoryTermWalkPostgresTests extends AccountsRepositoryTests {

}
