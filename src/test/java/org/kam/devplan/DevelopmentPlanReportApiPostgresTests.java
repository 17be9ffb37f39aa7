package org.kam.devplan;

import org.kam.support.PostgresTest;

@PostgresTest
class DevelopmentPlanReportApiPostgresTests extends DevelopmentPlanReportApiTests {

}
