package org.kam.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kam.complaint.ComplaintBreached;
import org.kam.complaint.ComplaintBreached.Target;
import org.kam.support.ModuleTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/**
 * The notification module on its own: nothing of the complaint module is loaded, yet a
 * breach it announces reaches the team managers, because the module listens to the event
 * and calls no one.
 */
@ModuleTest
class NotificationModuleTests {

	private final JdbcClient jdbc;

	private final ApplicationContext context;

	NotificationModuleTests(JdbcClient jdbc, ApplicationContext context) {
		this.jdbc = jdbc;
		this.context = context;
	}

	@Test
	void startsWithoutTheModulesItListensTo() {
		List<String> modules = Arrays.stream(context.getBeanDefinitionNames())
			.map(context::getType)
			.filter(type -> type != null && type.getPackageName().startsWith("org.kam."))
			.map(type -> type.getPackageName().split("\\.")[2])
			.distinct()
			.toList();
		assertThat(modules).contains("notification").doesNotContain("complaint", "account", "identity");
	}

	@Test
	void aBreachedTargetTellsTheManagers(Scenario scenario) {
		long complaintId = 9_000_000_001L;
		scenario.publish(new ComplaintBreached(complaintId, 42, "华信科技有限公司", Target.RESOLUTION))
			.andWaitForStateChange(() -> toManagers(complaintId), rows -> !rows.isEmpty())
			.andVerify(rows -> assertThat(rows)
				.containsExactly("complaint.breach.RESOLUTION|/accounts/42/complaints/" + complaintId + "/edit"));
	}

	private List<String> toManagers(long complaintId) {
		return jdbc.sql("""
				select kind || '|' || link from notification
				where audience_role = 'MANAGER' and link like :link""")
			.param("link", "%/complaints/" + complaintId + "/edit")
			.query(String.class)
			.list();
	}

}
