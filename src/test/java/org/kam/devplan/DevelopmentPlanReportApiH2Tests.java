package org.kam.devplan;

import org.kam.support.H2Test;

@H2Test
class DevelopmentPlanReportApiH2Tests extends DevelopmentPlanReportApiTests {

}
