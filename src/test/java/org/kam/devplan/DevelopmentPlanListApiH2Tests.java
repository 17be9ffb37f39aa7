package org.kam.devplan;

import org.kam.support.H2Test;

@H2Test
class DevelopmentPlanListApiH2Tests extends DevelopmentPlanListApiTests {

}
