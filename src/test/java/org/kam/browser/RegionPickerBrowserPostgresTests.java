package org.kam.browser;

import org.kam.support.PostgresTest;

@PostgresTest
class RegionPickerBrowserPostgresTests extends RegionPickerBrowserTests {

}
