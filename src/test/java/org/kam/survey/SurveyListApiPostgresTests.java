package org.kam.survey;

import org.kam.support.PostgresTest;

@PostgresTest
class SurveyListApiPostgresTests extends SurveyListApiTests {

}
