package org.kam.survey;

import org.kam.support.PostgresTest;

@PostgresTest
class SurveyReportApiPostgresTests extends SurveyReportApiTests {

}
