package org.kam.serviceplan.web;

import org.kam.account.AccountSection;
import org.kam.shared.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where service plans show: a tab of the account page and an entry of the main menu. */
@Configuration(proxyBeanMethods = false)
class ServicePlanBeans {

	static final String KEY = "service-plans";

	@Bean
	AccountSection servicePlanSection() {
		return new AccountSection(KEY, "serviceplan.title", 60);
	}

	@Bean
	NavItem servicePlanNavItem() {
		return new NavItem("/service-plans", "serviceplan.nav", 60);
	}

}
