package org.kam.report;

import org.kam.shared.RecordKind;
import org.kam.shared.RecordKind.MenuEntry;
import org.kam.shared.RecordKind.Tab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Periodic reports: the account page's reports tab, the list across accounts in the main
 * menu and each saved version on the timeline.
 */
@Configuration(proxyBeanMethods = false)
public class ReportKind {

	public static final RecordKind KIND = new RecordKind("reports", "report.timeline.kind",
			new Tab("reports", "report.tab", 90), new MenuEntry("/reports", "report.nav", 100));

	@Bean
	RecordKind reportRecordKind() {
		return KIND;
	}

}
