package org.kam.web;

import org.kam.support.PostgresTest;

@PostgresTest
class LoginLockoutPostgresTests extends LoginLockoutTests {

}
