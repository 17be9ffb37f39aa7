package org.kam.identity;

import org.kam.support.PostgresTest;

@PostgresTest
class SessionRevocationPostgresTests extends SessionRevocationTests {

}
