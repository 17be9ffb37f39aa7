package org.kam.market;

import org.kam.support.PostgresTest;

@PostgresTest
class MarketReportApiPostgresTests extends MarketReportApiTests {

}
