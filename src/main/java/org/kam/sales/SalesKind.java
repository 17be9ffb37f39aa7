package org.kam.sales;

import org.kam.shared.RecordKind;
import org.kam.shared.RecordKind.MenuEntry;
import org.kam.shared.RecordKind.Tab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sales orders: the account page's sales tab, the list across accounts in the main menu,
 * orders on the timeline and the sales part of the periodic report.
 */
@Configuration(proxyBeanMethods = false)
public class SalesKind {

	public static final RecordKind KIND = new RecordKind("sales", "sales.timeline.kind",
			new Tab("sales", "sales.tab", 30), new MenuEntry("/sales", "sales.nav", 30));

	@Bean
	RecordKind salesRecordKind() {
		return KIND;
	}

}
