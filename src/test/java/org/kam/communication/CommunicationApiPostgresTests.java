package org.kam.communication;

import org.kam.support.PostgresTest;

@PostgresTest
class CommunicationApiPostgresTests extends CommunicationApiTests {

}
