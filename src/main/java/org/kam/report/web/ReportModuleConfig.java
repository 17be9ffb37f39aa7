package org.kam.report.web;

import org.kam.account.AccountSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reports tab of the account page. */
@Configuration(proxyBeanMethods = false)
class ReportModuleConfig {

	static final String TAB = "reports";

	@Bean
	AccountSection reportsSection() {
		return new AccountSection(TAB, "report.tab", 90);
	}

}
