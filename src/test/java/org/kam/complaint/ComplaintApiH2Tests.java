package org.kam.complaint;

import org.kam.support.H2Test;

@H2Test
class ComplaintApiH2Tests extends ComplaintApiTests {

}
