package org.kam.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.ApplicationContext;

/**
 * The day in the company's zone on which a test context loaded its demo data: the demo
 * fillers date records from "today" at start-up, and a test that asks for today's date
 * later would disagree with them once midnight in Shanghai (16:00 UTC) has passed.
 */
public final class DemoDay {

	private DemoDay() {
	}

	public static LocalDate of(ApplicationContext context) {
		return Instant.ofEpochMilli(context.getStartupDate()).atZone(context.getBean(ZoneId.class)).toLocalDate();
	}

}
