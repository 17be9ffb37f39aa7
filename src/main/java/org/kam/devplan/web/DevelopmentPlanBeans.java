package org.kam.devplan.web;

import org.kam.account.AccountSection;
import org.kam.shared.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where development plans show: a tab of the account page and an entry of the main menu.
 */
@Configuration(proxyBeanMethods = false)
class DevelopmentPlanBeans {

	static final String KEY = "development-plans";

	@Bean
	AccountSection developmentPlanSection() {
		return new AccountSection(KEY, "devplan.title", 70);
	}

	@Bean
	NavItem developmentPlanNavItem() {
		return new NavItem("/development-plans", "devplan.nav", 70);
	}

}
