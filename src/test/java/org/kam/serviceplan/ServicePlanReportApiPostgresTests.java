package org.kam.serviceplan;

import org.kam.support.PostgresTest;

@PostgresTest
class ServicePlanReportApiPostgresTests extends ServicePlanReportApiTests {

}
