package org.kam.survey;

import org.kam.support.H2Test;

@H2Test
class SurveyReportApiH2Tests extends SurveyReportApiTests {

}
