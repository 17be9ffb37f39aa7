package org.kam.complaint;

import org.kam.shared.RecordKind;
import org.kam.shared.RecordKind.MenuEntry;
import org.kam.shared.RecordKind.Tab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Complaints: the account page's complaints tab, the list across accounts in the main
 * menu, their entries on the timeline and their part of the periodic report.
 */
@Configuration(proxyBeanMethods = false)
public class ComplaintKind {

	public static final RecordKind KIND = new RecordKind("complaints", "complaint.timeline.kind",
			new Tab("complaints", "complaint.tab", 50), new MenuEntry("/complaints", "complaint.nav", 50));

	@Bean
	RecordKind complaintRecordKind() {
		return KIND;
	}

}
