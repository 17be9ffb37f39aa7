package org.kam.contract.domain;

import org.kam.support.PostgresTest;

@PostgresTest
class ContractsRepositoryPostgresTests extends ContractsRepositoryTests {

}
