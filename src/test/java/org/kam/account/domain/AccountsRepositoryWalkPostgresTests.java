package org.kam.account.domain;

import org.kam.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The repository tests on PostgreSQL with every page in name order walking the search
 * documents' name buckets, however few accounts the keyword matches (the tests' keywords
 * match few, which the default sorts instead).
 */
@PostgresTest
@TestPropertySource(properties = "kam.search.walk-above=0")
class AccountsRepositoryWalkPostgresTests extends AccountsRepositoryTests {

}
