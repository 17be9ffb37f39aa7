package org.kam.report;

import org.kam.support.H2Test;

@H2Test
class ReportApiH2Tests extends ReportApiTests {

}
