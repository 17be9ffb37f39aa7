package org.kam.web;

import org.kam.support.PostgresTest;

@PostgresTest
class BadInputApiPostgresTests extends BadInputApiTests {

}
