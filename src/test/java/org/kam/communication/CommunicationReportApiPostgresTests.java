package org.kam.communication;

import org.kam.support.PostgresTest;

@PostgresTest
class CommunicationReportApiPostgresTests extends CommunicationReportApiTests {

}
