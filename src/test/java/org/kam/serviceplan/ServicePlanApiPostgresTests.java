package org.kam.serviceplan;

import org.kam.support.PostgresTest;

@PostgresTest
class ServicePlanApiPostgresTests extends ServicePlanApiTests {

}
