package org.kam.browser;

import org.kam.support.PostgresTest;

@PostgresTest
class BrowserJourneyPostgresTests extends BrowserJourneyTests {

}
