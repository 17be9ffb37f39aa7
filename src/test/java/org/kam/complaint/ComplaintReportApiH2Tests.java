package org.kam.complaint;

import org.kam.support.H2Test;

@H2Test
class ComplaintReportApiH2Tests extends ComplaintReportApiTests {

}
