package org.kam.sales;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:sales-demo-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class SalesDemoDataH2Tests extends SalesDemoDataTests {

}
