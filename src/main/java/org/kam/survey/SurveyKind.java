package org.kam.survey;

import org.kam.shared.RecordKind;
import org.kam.shared.RecordKind.MenuEntry;
import org.kam.shared.RecordKind.Tab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Satisfaction surveys: the account page's surveys tab, the list across accounts in the
 * main menu, their entries on the timeline and their part of the periodic report.
 */
@Configuration(proxyBeanMethods = false)
public class SurveyKind {

	public static final RecordKind KIND = new RecordKind("surveys", "survey.kind", new Tab("surveys", "survey.tab", 40),
			new MenuEntry("/surveys", "survey.nav", 55));

	@Bean
	RecordKind surveyRecordKind() {
		return KIND;
	}

}
