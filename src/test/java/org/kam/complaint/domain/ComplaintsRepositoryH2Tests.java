package org.kam.complaint.domain;

import org.kam.support.H2Test;

@H2Test
class ComplaintsRepositoryH2Tests extends ComplaintsRepositoryTests {

}
