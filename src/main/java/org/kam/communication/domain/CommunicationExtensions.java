package org.kam.communication.domain;

import org.kam.account.AccountSection;
import org.kam.shared.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where communications plug into the platform: the account tab and the main menu. */
@Configuration(proxyBeanMethods = false)
class CommunicationExtensions {

	/** The tab's key, also its path segment: {@code /accounts/{id}/communications}. */
	static final String KEY = "communications";

	@Bean
	AccountSection communicationSection() {
		return new AccountSection(KEY, "communication.tab", 10);
	}

	@Bean
	NavItem communicationNavItem() {
		return new NavItem("/communications", "communication.nav", 10);
	}

}
