package org.kam.report.document;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kam.report.ReportFixtures;
import org.kam.report.ReportSection;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfReportWriterTests {

	static ReportDocument document(Locale locale) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "i18n/report");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		ReportSection sales = ReportSection.builder("sales", "销售")
			.figure("销售额", new BigDecimal("1250000.00"), new BigDecimal("1000000.00"), "CNY")
			.row("订单数", "12")
			.table("日期", "产品")
			.tableRow("2026-07-03", "服务器")
			.note("另有 3 笔订单未列出")
			.build();
		return new ReportDocument(locale, "华信科技", "2026-Q3", "2026年第3季度", "2026-07-01 – 2026-09-30", 2,
				"2026-10-02 09:00", false, "合作顺利", "回款慢：每周跟进", List.of(sales), "华信科技-2026-Q3-v2", messages);
	}

	@Test
	void writesFiguresRowsTablesAndNotesInChinese() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		new PdfReportWriter(PdfReportWriter.DEFAULT_FONT).write(document(Locale.SIMPLIFIED_CHINESE), out);

		String text = ReportFixtures.pdfText(out.toByteArray()).replace(" ", "");
		assertThat(text).contains("华信科技", "定期报告", "2026年第3季度", "销售", "销售额", "1,250,000", "+25%", "订单数", "服务器",
				"另有3笔订单未列出", "总结", "合作顺利", "问题与解决方案", "回款慢");
	}

	@Test
	void aMissingFontIsNamedWithItsPackage() {
		PdfReportWriter writer = new PdfReportWriter("/nowhere/wqy-microhei.ttc,0");

		assertThatThrownBy(() -> writer.write(document(Locale.SIMPLIFIED_CHINESE), new ByteArrayOutputStream()))
			.isInstanceOf(ReportFontMissingException.class)
			.hasMessageContaining("/nowhere/wqy-microhei.ttc")
			.hasMessageContaining("fonts-wqy-microhei")
			.hasMessageContaining("KAM_REPORT_FONT");
	}

}
