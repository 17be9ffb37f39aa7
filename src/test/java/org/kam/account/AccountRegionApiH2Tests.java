package org.kam.account;

import org.kam.support.H2Test;

@H2Test
class AccountRegionApiH2Tests extends AccountRegionApiTests {

}
