package org.kam.account.domain;

import org.kam.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The repository tests on PostgreSQL with every keyword looked up through the search
 * terms, whatever the other filters leave (the choice depends on statistics that a test
 * database lacks).
 */
@PostgresTest
@TestPropertySource(properties = "kam.search.keyword-lookup=TERMS")
class AccountsRepositoryTermWalkPostgresTests extends AccountsRepositoryTests {

}
