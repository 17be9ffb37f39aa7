package org.kam.report;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportSectionTests {

	@Test
	void aFigureComparesWithThePreviousPeriodInPercent() {
		assertThat(figure("125", "100").changePercent()).isEqualByComparingTo("25.0");
		assertThat(figure("90", "120").changePercent()).isEqualByComparingTo("-25.0");
		assertThat(figure("1", "3").changePercent()).isEqualByComparingTo("-66.7");
		assertThat(figure("5", "0").changePercent()).as("nothing to compare with").isNull();
		assertThat(new ReportSection.Figure("x", BigDecimal.ONE, null, null).changePercent()).isNull();
	}

	@Test
	void theBuilderKeepsTheOrderAndTheTableShape() {
		ReportSection section = ReportSection.builder("sales", "销售")
			.figure("金额", 1_250_000, 980_000, "CNY")
			.row("订单数", 12)
			.table("日期", "金额")
			.tableRow("2026-07-03", "100,000")
			.tableRow("2026-08-09", null)
			.note("另有 3 笔未列出")
			.build();

		assertThat(section.figures()).hasSize(1);
		assertThat(section.rows()).containsExactly(new ReportSection.Row("订单数", "12"));
		assertThat(section.table().rows()).hasSize(2);
		assertThat(section.table().rows().get(1)).containsExactly("2026-08-09", "");
		assertThat(section.hasContent()).isTrue();
		assertThat(ReportSection.builder("x", "X").build().hasContent()).isFalse();
		assertThatThrownBy(() -> ReportSection.builder("x", "X").table("a", "b").tableRow("only one").build())
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ReportSection.builder("x", "X").tableRow("no table"))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void tablesAndTextsAreBounded() {
		ReportSection.Builder builder = ReportSection.builder("big", "Big").table("n");
		for (int i = 0; i < ReportSection.MAX_TABLE_ROWS + 50; i++) {
			builder.tableRow(i);
		}
		ReportSection section = builder.row("long", "x".repeat(ReportSection.MAX_TEXT + 10)).build();

		assertThat(section.table().rows()).hasSize(ReportSection.MAX_TABLE_ROWS);
		assertThat(section.rows().get(0).value()).hasSize(ReportSection.MAX_TEXT).endsWith("…");
	}

	private static ReportSection.Figure figure(String current, String previous) {
		return new ReportSection.Figure("x", new BigDecimal(current), new BigDecimal(previous), null);
	}

}
