package org.kam.devplan.web;

import org.kam.account.AccountSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where development plans show: a tab of the account page. */
@Configuration(proxyBeanMethods = false)
class DevelopmentPlanBeans {

	static final String KEY = "development-plans";

	@Bean
	AccountSection developmentPlanSection() {
		return new AccountSection(KEY, "devplan.title", 70);
	}

}
