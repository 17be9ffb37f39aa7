package org.kam.browser;

import org.kam.support.H2Test;

@H2Test
class WholeAccountJourneyH2Tests extends WholeAccountJourneyTests {

}
