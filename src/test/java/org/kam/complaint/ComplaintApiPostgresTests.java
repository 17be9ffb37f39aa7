package org.kam.complaint;

import org.kam.support.PostgresTest;

@PostgresTest
class ComplaintApiPostgresTests extends ComplaintApiTests {

}
