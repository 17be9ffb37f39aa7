package org.kam.report.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.kam.report.ReportSection;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbook keeps numbers as numbers: counts, amounts and percentages can be added up
 * in Excel and show as the report shows them.
 */
class XlsxReportWriterTests {

	@Test
	void countsAmountsAndPercentagesAreNumericCellsWithNumberFormats() throws Exception {
		ReportSection section = ReportSection.builder("surveys", "满意度调查")
			.figure("销售额", new BigDecimal("1250000.00"), new BigDecimal("1000000.00"), "CNY")
			.figure("调查数", 3, 4, null)
			.figureInPoints("NPS", new BigDecimal("20"), new BigDecimal("70"))
			.row("订单数", "1,234")
			.row("客户编号", "0012")
			.table("日期", "份数", "占比", "年份", "电话")
			.tableRow("2026-07-03", "12", "12.5%", "2026", "13800138000")
			.build();

		Map<String, Cell> cells = cells(write(section), "满意度调查");

		assertNumber(cells.get("B4"), "1250000", "#,##0");
		assertNumber(cells.get("D4"), "0.25", "+0%;-0%;0%");
		assertNumber(cells.get("B5"), "3", "#,##0");
		assertNumber(cells.get("D5"), "-0.25", "+0%;-0%;0%");
		assertNumber(cells.get("D6"), "-50", "+#,##0;-#,##0;#,##0");
		assertNumber(cells.get("B8"), "1234", "#,##0");
		assertThat(cells.get("B9").getType()).as("a code with a leading zero stays text").isEqualTo(CellType.STRING);
		assertThat(cells.get("A12").getType()).isEqualTo(CellType.STRING);
		assertNumber(cells.get("B12"), "12", "0");
		assertNumber(cells.get("C12"), "0.125", "0.0%");
		assertNumber(cells.get("D12"), "2026", "0");
		assertThat(cells.get("E12").getType()).as("a phone number stays text").isEqualTo(CellType.STRING);
	}

	@Test
	void theNpsChangeIsToldInPoints() {
		ReportDocument chinese = document(Locale.SIMPLIFIED_CHINESE, List.of());
		ReportDocument english = document(Locale.ENGLISH, List.of());
		ReportSection.Figure fell = new ReportSection.Figure("NPS", new BigDecimal("20"), new BigDecimal("70"), null,
				true);
		ReportSection.Figure rose = new ReportSection.Figure("NPS", new BigDecimal("5"), new BigDecimal("-10"), null,
				true);

		assertThat(chinese.change(fell)).isEqualTo("\u221250 分");
		assertThat(english.change(fell)).isEqualTo("\u221250 pts");
		assertThat(english.change(rose)).isEqualTo("+15 pts");
		assertThat(english.change(new ReportSection.Figure("n", new BigDecimal("6"), new BigDecimal("4"), null)))
			.as("other figures keep percent")
			.isEqualTo("+50%");
	}

	private static void assertNumber(Cell cell, String value, String format) {
		assertThat(cell).isNotNull();
		assertThat(cell.getType()).as(cell.getAddress() + " " + cell.getText()).isEqualTo(CellType.NUMBER);
		assertThat(cell.asNumber()).as(cell.getAddress().toString()).isEqualByComparingTo(value);
		assertThat(cell.getDataFormatString()).as(cell.getAddress().toString()).isEqualTo(format);
	}

	private static byte[] write(ReportSection section) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new XlsxReportWriter().write(document(Locale.SIMPLIFIED_CHINESE, List.of(section)), out);
		return out.toByteArray();
	}

	private static Map<String, Cell> cells(byte[] xlsx, String sheetName) throws Exception {
		Map<String, Cell> cells = new HashMap<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
				new ReadingOptions(true, false))) {
			Sheet sheet = workbook.findSheet(sheetName).orElseThrow();
			for (Row row : sheet.read()) {
				row.stream().filter(Objects::nonNull).forEach(c -> cells.put(c.getAddress().toString(), c));
			}
		}
		return cells;
	}

	private static ReportDocument document(Locale locale, List<ReportSection> sections) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "i18n/report");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new ReportDocument(locale, "华信科技", "2026-Q3", "2026年第3季度", "2026-07-01 – 2026-09-30", 2,
				"2026-10-02 09:00", false, "合作顺利", "回款慢", sections, "华信科技-2026-Q3-v2", messages);
	}

}
