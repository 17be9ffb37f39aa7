package org.kam.contract;

import org.kam.account.AccountSection;
import org.kam.shared.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where contracts show up: a tab of the account page and an entry of the main menu. */
@Configuration(proxyBeanMethods = false)
class ContractPlugins {

	static final String KEY = "contracts";

	@Bean
	AccountSection contractsSection() {
		return new AccountSection(KEY, "contract.tab", 20);
	}

	@Bean
	NavItem contractsNavItem() {
		return new NavItem("/contracts", "contract.nav", 20);
	}

}
