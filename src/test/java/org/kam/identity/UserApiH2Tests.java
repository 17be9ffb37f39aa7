package org.kam.identity;

import org.kam.support.H2Test;

@H2Test
class UserApiH2Tests extends UserApiTests {

}
