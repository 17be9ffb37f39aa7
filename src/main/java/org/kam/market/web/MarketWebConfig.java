package org.kam.market.web;

import org.kam.account.AccountSection;
import org.kam.shared.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where market reports appear: the main menu and a tab of the account page. */
@Configuration(proxyBeanMethods = false)
class MarketWebConfig {

	static final String TAB = "market";

	@Bean
	NavItem marketReportsNavItem() {
		return new NavItem("/market-reports", "market.nav", 80);
	}

	@Bean
	AccountSection marketReportsSection() {
		return new AccountSection(TAB, "market.tab", 80);
	}

}
