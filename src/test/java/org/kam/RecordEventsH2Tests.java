package org.kam;

import org.kam.support.H2Test;

@H2Test
class RecordEventsH2Tests extends RecordEventsTests {

}
