package org.kam.browser;

import org.kam.support.H2Test;

@H2Test
class BrowserJourneyH2Tests extends BrowserJourneyTests {

}
