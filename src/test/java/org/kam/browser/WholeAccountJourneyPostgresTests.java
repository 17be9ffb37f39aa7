package org.kam.browser;

import org.kam.support.PostgresTest;

@PostgresTest
class WholeAccountJourneyPostgresTests extends WholeAccountJourneyTests {

}
