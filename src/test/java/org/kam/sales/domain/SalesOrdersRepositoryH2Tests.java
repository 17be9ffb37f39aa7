package org.kam.sales.domain;

import org.kam.support.H2Test;

@H2Test
class SalesOrdersRepositoryH2Tests extends SalesOrdersRepositoryTests {

}
