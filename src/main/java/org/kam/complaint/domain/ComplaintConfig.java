package org.kam.complaint.domain;

import org.kam.account.AccountSection;
import org.kam.shared.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Where complaints plug into the application: account tab, menu, the breach job. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ComplaintConfig {

	@Bean
	AccountSection complaintsSection() {
		return new AccountSection("complaints", "complaint.tab", 50);
	}

	@Bean
	NavItem complaintsNavItem() {
		return new NavItem("/complaints", "complaint.nav", 50);
	}

}
