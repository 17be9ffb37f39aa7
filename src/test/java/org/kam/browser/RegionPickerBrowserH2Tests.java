package org.kam.browser;

import org.kam.support.H2Test;

@H2Test
class RegionPickerBrowserH2Tests extends RegionPickerBrowserTests {

}
