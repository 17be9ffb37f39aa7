package org.kam.devplan.domain;

import java.time.LocalDate;

/** A milestone of a plan as stored. */
public record Milestone(String title, LocalDate dueOn, MilestoneStatus status) {

}
