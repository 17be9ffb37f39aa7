package org.kam.communication;

import org.kam.support.H2Test;

@H2Test
class CommunicationReportApiH2Tests extends CommunicationReportApiTests {

}
