package org.kam.report;

import org.kam.support.PostgresTest;

@PostgresTest
class ReportApiPostgresTests extends ReportApiTests {

}
