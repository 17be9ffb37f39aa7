package org.kam.communication.domain;

import org.kam.support.PostgresTest;

@PostgresTest
class CommunicationsRepositoryPostgresTests extends CommunicationsRepositoryTests {

}
