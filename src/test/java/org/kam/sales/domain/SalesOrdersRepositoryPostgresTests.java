package org.kam.sales.domain;

import org.kam.support.PostgresTest;

@PostgresTest
class SalesOrdersRepositoryPostgresTests extends SalesOrdersRepositoryTests {

}
