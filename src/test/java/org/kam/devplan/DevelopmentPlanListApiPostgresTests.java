package org.kam.devplan;

import org.kam.support.PostgresTest;

@PostgresTest
class DevelopmentPlanListApiPostgresTests extends DevelopmentPlanListApiTests {

}
