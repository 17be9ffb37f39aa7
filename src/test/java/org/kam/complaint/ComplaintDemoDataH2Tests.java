package org.kam.complaint;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:demo-complaints-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class ComplaintDemoDataH2Tests extends ComplaintDemoDataTests {

}
