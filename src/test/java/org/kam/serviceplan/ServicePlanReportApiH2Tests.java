package org.kam.serviceplan;

import org.kam.support.H2Test;

@H2Test
class ServicePlanReportApiH2Tests extends ServicePlanReportApiTests {

}
