package org.kam.sales;

import org.kam.support.H2Test;

@H2Test
class SalesReportApiH2Tests extends SalesReportApiTests {

}
