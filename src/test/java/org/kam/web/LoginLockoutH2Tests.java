package org.kam.web;

import org.kam.support.H2Test;

@H2Test
class LoginLockoutH2Tests extends LoginLockoutTests {

}
