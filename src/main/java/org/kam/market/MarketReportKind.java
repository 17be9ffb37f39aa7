package org.kam.market;

import org.kam.shared.RecordKind;
import org.kam.shared.RecordKind.MenuEntry;
import org.kam.shared.RecordKind.Tab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Market reports: the account page's tab of the reports linked to the account, the list
 * in the main menu and their entries on the timeline.
 */
@Configuration(proxyBeanMethods = false)
public class MarketReportKind {

	public static final RecordKind KIND = new RecordKind("market-reports", "market.timeline.kind",
			new Tab("market", "market.tab", 80), new MenuEntry("/market-reports", "market.nav", 80));

	@Bean
	RecordKind marketReportRecordKind() {
		return KIND;
	}

}
