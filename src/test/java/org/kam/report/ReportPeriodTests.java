package org.kam.report;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.kam.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPeriodTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	static ReportPeriod parse(String text) {
		return ReportPeriod.parse(text, TODAY, SHANGHAI);
	}

	@Test
	void aMonthRunsFromItsFirstDayToTheFirstDayOfTheNext() {
		ReportPeriod october = parse("2026-10");

		assertThat(october.kind()).isEqualTo(ReportPeriod.Kind.MONTH);
		assertThat(october.start()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(october.endExclusive()).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(october.code()).isEqualTo("2026-10");
		assertThat(october.startTime()).hasToString("2026-10-01T00:00+08:00");
		assertThat(october.endTime()).hasToString("2026-11-01T00:00+08:00");
	}

	@Test
	void aQuarterCoversThreeMonths() {
		ReportPeriod q3 = parse("2026-Q3");

		assertThat(q3.kind()).isEqualTo(ReportPeriod.Kind.QUARTER);
		assertThat(q3.start()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(q3.endExclusive()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(parse("2026-q4").code()).isEqualTo("2026-Q4");
		assertThat(parse(" 2025-Q1 ").endExclusive()).isEqualTo(LocalDate.of(2025, 4, 1));
	}

	@Test
	void thePreviousPeriodCrossesYears() {
		assertThat(parse("2026-01").previous().code()).isEqualTo("2025-12");
		assertThat(parse("2026-10").previous().code()).isEqualTo("2026-09");
		assertThat(parse("2026-Q1").previous().code()).isEqualTo("2025-Q4");
		assertThat(parse("2026-Q3").previous().code()).isEqualTo("2026-Q2");
		assertThat(parse("2000-01").previous().code()).isEqualTo("1999-12");
	}

	@Test
	void theCurrentPeriodIsAllowedAndTheNextIsNot() {
		assertThat(parse("2026-11").contains(TODAY)).isTrue();
		assertThat(parse("2026-Q4").contains(TODAY)).isTrue();
		assertThat(parse("2026-10").contains(TODAY)).isFalse();
		assertRefused("2026-12", "report.validation.period.future");
		assertRefused("2027-Q1", "report.validation.period.future");
	}

	@Test
	void anythingElseIsRefusedOnThePeriodField() {
		for (String bad : new String[] { null, "", "2026", "2026-13", "2026-00", "2026-Q0", "2026-Q5", "2026-1",
				"2026-Q10", "20261", "2026-M10", "1999-12", "２０２６-10", "2026-10-01" }) {
			assertRefused(bad, "report.validation.period.format");
		}
	}

	private static void assertRefused(String text, String key) {
		assertThatThrownBy(() -> parse(text)).as(text).isInstanceOfSatisfying(InvalidInputException.class, e -> {
			assertThat(e.problems()).singleElement().satisfies(problem -> {
				assertThat(problem.field()).isEqualTo("period");
				assertThat(problem.key()).isEqualTo(key);
			});
		});
	}

}
