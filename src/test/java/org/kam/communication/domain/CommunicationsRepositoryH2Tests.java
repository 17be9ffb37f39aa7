package org.kam.communication.domain;

import org.kam.support.H2Test;

@H2Test
class CommunicationsRepositoryH2Tests extends CommunicationsRepositoryTests {

}
