package org.kam.complaint.domain;

import org.kam.support.PostgresTest;

@PostgresTest
class ComplaintsRepositoryPostgresTests extends ComplaintsRepositoryTests {

}
