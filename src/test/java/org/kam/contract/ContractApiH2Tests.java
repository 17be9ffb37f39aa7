package org.kam.contract;

import org.kam.support.H2Test;

@H2Test
class ContractApiH2Tests extends ContractApiTests {

}
