package org.kam.identity;

import org.kam.support.H2Test;

@H2Test
class SessionRevocationH2Tests extends SessionRevocationTests {

}
