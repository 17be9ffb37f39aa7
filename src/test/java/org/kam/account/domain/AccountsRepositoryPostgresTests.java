package org.kam.account.domain;

import org.kam.support.PostgresTest;

@PostgresTest
class AccountsRepositoryPostgresTests extends AccountsRepositoryTests {

}
