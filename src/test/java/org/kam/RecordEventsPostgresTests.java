package org.kam;

import org.kam.support.PostgresTest;

@PostgresTest
class RecordEventsPostgresTests extends RecordEventsTests {

}
