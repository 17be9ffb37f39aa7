package org.kam.contract;

import org.kam.support.PostgresTest;

@PostgresTest
class ContractReportApiPostgresTests extends ContractReportApiTests {

}
