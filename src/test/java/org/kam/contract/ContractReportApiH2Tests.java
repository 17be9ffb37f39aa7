package org.kam.contract;

import org.kam.support.H2Test;

@H2Test
class ContractReportApiH2Tests extends ContractReportApiTests {

}
