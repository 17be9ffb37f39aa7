package org.kam.market;

import org.kam.support.H2Test;

@H2Test
class MarketReportApiH2Tests extends MarketReportApiTests {

}
