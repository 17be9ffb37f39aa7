package org.kam.sales;

import org.kam.support.PostgresTest;

@PostgresTest
class SalesReportApiPostgresTests extends SalesReportApiTests {

}
