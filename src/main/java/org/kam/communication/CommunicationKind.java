package org.kam.communication;

import org.kam.shared.RecordKind;
import org.kam.shared.RecordKind.MenuEntry;
import org.kam.shared.RecordKind.Tab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Communications: the account page's communications tab, the list across accounts in the
 * main menu, their entries on the timeline and their part of the periodic report.
 */
@Configuration(proxyBeanMethods = false)
public class CommunicationKind {

	public static final RecordKind KIND = new RecordKind("communications", "communication.kind",
			new Tab("communications", "communication.tab", 10),
			new MenuEntry("/communications", "communication.nav", 10));

	@Bean
	RecordKind communicationRecordKind() {
		return KIND;
	}

}
