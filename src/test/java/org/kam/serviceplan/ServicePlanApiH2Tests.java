package org.kam.serviceplan;

import org.kam.support.H2Test;

@H2Test
class ServicePlanApiH2Tests extends ServicePlanApiTests {

}
