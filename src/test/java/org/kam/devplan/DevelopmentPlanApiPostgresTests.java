package org.kam.devplan;

import org.kam.support.PostgresTest;

@PostgresTest
class DevelopmentPlanApiPostgresTests extends DevelopmentPlanApiTests {

}
