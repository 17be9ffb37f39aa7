package org.kam.serviceplan;

import org.kam.shared.RecordKind;
import org.kam.shared.RecordKind.MenuEntry;
import org.kam.shared.RecordKind.Tab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Service plans: the account page's service plans tab, the list across accounts in the
 * main menu, their entries on the timeline and their part of the periodic report.
 */
@Configuration(proxyBeanMethods = false)
public class ServicePlanKind {

	public static final RecordKind KIND = new RecordKind("service-plans", "serviceplan.title",
			new Tab("service-plans", "serviceplan.title", 60), new MenuEntry("/service-plans", "serviceplan.nav", 60));

	@Bean
	RecordKind servicePlanRecordKind() {
		return KIND;
	}

}
