package org.kam.contract;

import org.kam.support.H2Test;

@H2Test
class AttachmentApiH2Tests extends AttachmentApiTests {

}
