package org.kam.communication.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kam.dataops.DemoAccountRef;
import org.kam.dataops.DemoContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo generator is deterministic and keeps its rows consistent. */
class DemoCommunicationsTests {

	private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 0, 0, 0, 0, ZoneOffset.UTC);

	private final DemoContext context = new DemoContext(42, NOW, List.of(101L, 102L, 103L));

	private DemoAccountRef account(long id, String tier, Long owner) {
		return new DemoAccountRef(id, "Demo " + id, owner, "COOPERATING", tier, "IT", "上海", "上海", NOW.minusYears(5),
				List.of(id * 10, id * 10 + 1, id * 10 + 2));
	}

	@Test
	void theSameSeedDayAndAccountGiveTheSameRows() {
		for (long id = 1; id <= 50; id++) {
			DemoAccountRef account = account(id, "A", 101L);
			assertThat(DemoCommunications.of(account, context)).isEqualTo(DemoCommunications.of(account, context));
		}
		assertThat(DemoCommunications.of(account(1, "A", 101L), new DemoContext(43, NOW, context.userIds())))
			.isNotEqualTo(DemoCommunications.of(account(1, "A", 101L), context));
	}

	@Test
	void rowsAreOrderedDistinctInTimeAndUseTheAccountsPeople() {
		for (long id = 1; id <= 200; id++) {
			DemoAccountRef account = account(id, id % 2 == 0 ? "A" : "C", id % 7 == 0 ? null : 102L);
			List<DemoCommunications.Row> rows = DemoCommunications.of(account, context);
			assertThat(rows).extracting(DemoCommunications.Row::occurredAt).isSorted().doesNotHaveDuplicates();
			for (DemoCommunications.Row row : rows) {
				assertThat(row.occurredAt()).isBefore(NOW.plusSeconds(1)).isAfter(NOW.minusDays(731));
				if (account.createdAt().isBefore(NOW.minusDays(1))) {
					assertThat(row.occurredAt()).as("not before the account existed").isAfter(account.createdAt());
				}
				assertThat(account.contactIds()).containsAll(row.contactIds());
				assertThat(context.userIds()).containsAll(row.userIds());
				if (account.ownerId() != null) {
					assertThat(row.userIds()).contains(account.ownerId());
				}
				assertThat(row.nextStep() == null).isEqualTo(row.nextStepDue() == null);
				assertThat(row.nextStep() == null).isEqualTo(row.nextStepOwnerId() == null);
			}
		}
	}

	@Test
	void noNextStepStaysOpenWeeksAfterItWasDueAsInALiveTeam() {
		LocalDate today = NOW.atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate();
		int open = 0;
		for (long id = 1; id <= 500; id++) {
			for (DemoCommunications.Row row : DemoCommunications.of(account(id, "A", 101L), context)) {
				if (row.nextStep() != null && !row.nextStepDone()) {
					open++;
					assertThat(row.nextStepDue()).as("open next step of account " + id)
						.isAfterOrEqualTo(today.minusWeeks(3));
				}
			}
		}
		assertThat(open).as("some next steps are still open").isGreaterThan(50);
	}

}
