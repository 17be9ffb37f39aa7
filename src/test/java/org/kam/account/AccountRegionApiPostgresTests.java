package org.kam.account;

import org.kam.support.PostgresTest;

@PostgresTest
class AccountRegionApiPostgresTests extends AccountRegionApiTests {

}
