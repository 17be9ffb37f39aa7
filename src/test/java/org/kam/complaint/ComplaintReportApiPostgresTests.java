package org.kam.complaint;

import org.kam.support.PostgresTest;

@PostgresTest
class ComplaintReportApiPostgresTests extends ComplaintReportApiTests {

}
