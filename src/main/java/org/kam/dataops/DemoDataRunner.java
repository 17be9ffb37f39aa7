package org.kam.dataops;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads demo data at start-up when {@code kam.demo.accounts} (KAM_DEMO_ACCOUNTS) asks for
 * it.
 */
@Component
@Order(10) // after the admin bootstrap (0): the first start gets an admin whatever
			// happens here
class DemoDataRunner implements ApplicationRunner {

	private final DemoProperties properties;

	private final DemoData demoData;

	DemoDataRunner(DemoProperties properties, DemoData demoData) {
		this.properties = properties;
		this.demoData = demoData;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.accounts() > 0) {
			demoData.load(properties.accounts(), properties.seed());
		}
	}

}
