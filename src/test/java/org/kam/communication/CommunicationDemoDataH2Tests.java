package org.kam.communication;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:demo-communication-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class CommunicationDemoDataH2Tests extends CommunicationDemoDataTests {

}
