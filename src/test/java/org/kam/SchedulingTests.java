package org.kam;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kam.support.H2Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduling is switched on for the whole application (on {@link KamApplication}), so
 * that a module's {@code @Scheduled} job runs without configuring it: the complaint
 * breach escalation is scheduled.
 */
@H2Test
class SchedulingTests {

	@Autowired
	ScheduledTaskHolder scheduler;

	@Test
	void theComplaintEscalationIsScheduled() {
		Set<ScheduledTask> tasks = scheduler.getScheduledTasks();
		assertThat(tasks).extracting(task -> task.getTask().getRunnable().toString())
			.anySatisfy(job -> assertThat(job).contains("ComplaintEscalation.run"));
	}

}
