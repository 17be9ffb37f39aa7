package org.kam.devplan;

import org.kam.support.H2Test;

@H2Test
class DevelopmentPlanApiH2Tests extends DevelopmentPlanApiTests {

}
