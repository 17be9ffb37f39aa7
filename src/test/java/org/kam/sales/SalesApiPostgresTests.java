package org.kam.sales;

import org.kam.support.PostgresTest;

@PostgresTest
class SalesApiPostgresTests extends SalesApiTests {

}
