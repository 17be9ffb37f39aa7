package org.kam.devplan;

import org.kam.shared.RecordKind;
import org.kam.shared.RecordKind.MenuEntry;
import org.kam.shared.RecordKind.Tab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Development plans: the account page's development plans tab, the list across accounts
 * in the main menu, their entries on the timeline and their part of the periodic report.
 */
@Configuration(proxyBeanMethods = false)
public class DevelopmentPlanKind {

	public static final RecordKind KIND = new RecordKind("development-plans", "devplan.title",
			new Tab("development-plans", "devplan.title", 70), new MenuEntry("/development-plans", "devplan.nav", 70));

	@Bean
	RecordKind developmentPlanRecordKind() {
		return KIND;
	}

}
