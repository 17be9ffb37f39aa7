package org.kam.contract;

import org.kam.shared.RecordKind;
import org.kam.shared.RecordKind.MenuEntry;
import org.kam.shared.RecordKind.Tab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Contracts: the account page's contracts tab, the list across accounts in the main menu,
 * their entries on the timeline and their part of the periodic report.
 */
@Configuration(proxyBeanMethods = false)
public class ContractKind {

	public static final RecordKind KIND = new RecordKind("contracts", "contract.tab",
			new Tab("contracts", "contract.tab", 20), new MenuEntry("/contracts", "contract.nav", 20));

	@Bean
	RecordKind contractRecordKind() {
		return KIND;
	}

}
