package org.kam.complaint;

/** How bad it is; decides the response and resolution targets. */
public enum ComplaintSeverity {

	CRITICAL(0), HIGH(1), MEDIUM(2), LOW(3);

	private final int rank;

	ComplaintSeverity(int rank) {
		this.rank = rank;
	}

	/** 0 for the most severe: lists order by it ascending. */
	public int rank() {
		return rank;
	}

}
