package org.kam.survey;

import org.kam.support.H2Test;

@H2Test
class SurveyApiH2Tests extends SurveyApiTests {

}
