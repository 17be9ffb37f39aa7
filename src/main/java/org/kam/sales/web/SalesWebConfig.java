package org.kam.sales.web;

import org.kam.account.AccountSection;
import org.kam.shared.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sales tab of the account page and the cross-account list in the main menu. */
@Configuration(proxyBeanMethods = false)
class SalesWebConfig {

	static final String TAB = "sales";

	@Bean
	AccountSection salesSection() {
		return new AccountSection(TAB, "sales.tab", 30);
	}

	@Bean
	NavItem salesNavItem() {
		return new NavItem("/sales", "sales.nav", 30);
	}

}
