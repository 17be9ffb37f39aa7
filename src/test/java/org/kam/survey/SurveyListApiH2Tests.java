package org.kam.survey;

import org.kam.support.H2Test;

@H2Test
class SurveyListApiH2Tests extends SurveyListApiTests {

}
