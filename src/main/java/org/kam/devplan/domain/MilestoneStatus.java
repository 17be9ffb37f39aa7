package org.kam.devplan.domain;

/** Where a milestone stands; DONE milestones make the plan's progress. */
public enum MilestoneStatus {

	PLANNED, IN_PROGRESS, DONE, MISSED

}
