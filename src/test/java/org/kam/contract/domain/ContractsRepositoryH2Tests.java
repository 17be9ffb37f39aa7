package org.kam.contract.domain;

import org.kam.support.H2Test;

@H2Test
class ContractsRepositoryH2Tests extends ContractsRepositoryTests {

}
