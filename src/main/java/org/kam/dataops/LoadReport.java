package org.kam.dataops;

import java.time.Duration;

/** What a demo data load did; {@code skipped} when the database already held accounts. */
public record LoadReport(boolean skipped, int usersCreated, long accounts, long contacts, long records,
		Duration elapsed) {

	static LoadReport skippedLoad() {
		return new LoadReport(true, 0, 0, 0, 0, Duration.ZERO);
	}

	public double accountsPerSecond() {
		return perSecond(accounts);
	}

	/** Accounts, contacts and records together: the rows actually written. */
	public double rowsPerSecond() {
		return perSecond(accounts + contacts + records);
	}

	private double perSecond(long count) {
		double seconds = elapsed.toNanos() / 1e9;
		return seconds == 0 ? 0 : count / seconds;
	}

}
