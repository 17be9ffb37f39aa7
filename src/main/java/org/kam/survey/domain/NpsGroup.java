package org.kam.survey.domain;

/**
 * Where an NPS answer falls: promoters 9–10, passives 7–8, detractors 0–6 (the usual net
 * promoter bands, as the periodic report counts them).
 */
public enum NpsGroup {

	PROMOTER(9, 10), PASSIVE(7, 8), DETRACTOR(0, 6);

	private final int min;

	private final int max;

	NpsGroup(int min, int max) {
		this.min = min;
		this.max = max;
	}

	public int min() {
		return min;
	}

	public int max() {
		return max;
	}

	/** The group of an answer, or null when no NPS was given. */
	public static NpsGroup of(Integer nps) {
		if (nps == null) {
			return null;
		}
		for (NpsGroup group : values()) {
			if (nps >= group.min && nps <= group.max) {
				return group;
			}
		}
		return null;
	}

}
