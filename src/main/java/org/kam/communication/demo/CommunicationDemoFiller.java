package org.kam.communication.demo;

import java.util.ArrayList;
import java.util.List;

import org.kam.communication.domain.Communication;
import org.kam.communication.domain.Communications;
import org.kam.dataops.DemoAccountRef;
import org.kam.dataops.DemoContext;
import org.kam.dataops.DemoFiller;
import org.springframework.stereotype.Component;

/**
 * Writes the demo communications of each chunk of demo accounts, with their participants,
 * through the repository's batched insert.
 */
@Component
class CommunicationDemoFiller implements DemoFiller {

	private final Communications communications;

	CommunicationDemoFiller(Communications communications) {
		this.communications = communications;
	}

	@Override
	public String kind() {
		return DemoCommunications.KIND;
	}

	@Override
	public long fill(List<DemoAccountRef> accounts, DemoContext context) {
		List<Communication> rows = new ArrayList<>();
		for (DemoAccountRef account : accounts) {
			for (DemoCommunications.Row r : DemoCommunications.of(account, context)) {
				rows.add(new Communication(0, r.accountId(), r.channel(), r.occurredAt(), r.subject(), r.content(),
						r.outcome(), r.userIds(), r.contactIds(), r.nextStep(), r.nextStepDue(), r.nextStepOwnerId(),
						r.nextStepDone(), r.occurredAt(), r.occurredAt(), r.createdBy(), r.createdBy(), 0));
			}
		}
		return communications.insertAll(rows);
	}

}
