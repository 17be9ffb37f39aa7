package org.kam.report.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kam.report.ReportSection;
import org.springframework.stereotype.Component;

/**
 * Writes a report as an XLSX workbook: an overview sheet (heading and texts), then one
 * sheet per section with its figures as numbers, its rows and its table, so that readers
 * can go on calculating in Excel.
 */
@Component
public class XlsxReportWriter {

	/** Excel's limit on a sheet name. */
	private static final int SHEET_NAME = 31;

	public void write(ReportDocument report, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "KAM", "1.0");
			Set<String> names = new HashSet<>();
			overview(workbook.newWorksheet(sheetName(report.label("report.document.overview"), names)), report);
			for (ReportSection section : report.sections()) {
				section(workbook.newWorksheet(sheetName(section.title(), names)), section, report);
			}
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the XLSX report", e);
		}
	}

	private static void overview(Worksheet sheet, ReportDocument report) {
		sheet.width(0, 24);
		sheet.width(1, 80);
		sheet.value(0, 0, report.accountName());
		sheet.style(0, 0).bold().fontSize(14).set();
		sheet.value(1, 0, report.title());
		sheet.style(1, 0).bold().set();
		int r = 3;
		r = pair(sheet, r, report.label("report.field.period"),
				report.periodLabel() + " (" + report.periodDates() + ")");
		r = pair(sheet, r, report.label("report.field.version"), Long.toString(report.version()));
		r = pair(sheet, r, report.label("report.field.generatedAt"), report.generatedAt());
		if (report.provisional()) {
			r = pair(sheet, r, "", report.label("report.document.provisional"));
		}
		r = pair(sheet, r, report.label("report.field.summary"), orNone(report.summary(), report));
		pair(sheet, r, report.label("report.field.problemsAndSolutions"),
				orNone(report.problemsAndSolutions(), report));
	}

	private static void section(Worksheet sheet, ReportSection section, ReportDocument report) {
		sheet.value(0, 0, section.title());
		sheet.style(0, 0).bold().fontSize(12).set();
		int r = 2;
		if (!section.figures().isEmpty()) {
			headerRow(sheet, r++,
					List.of(report.label("report.figure.label"), report.label("report.figure.current"),
							report.label("report.figure.previous"), report.label("report.figure.change"),
							report.label("report.figure.unit")));
			for (ReportSection.Figure figure : section.figures()) {
				sheet.value(r, 0, figure.label());
				number(sheet, r, 1, figure.current(), NumberCells.grouped(figure.current()));
				if (figure.previous() != null) {
					number(sheet, r, 2, figure.previous(), NumberCells.grouped(figure.previous()));
				}
				if (figure.changeInPoints() && figure.changePoints() != null) {
					number(sheet, r, 3, figure.changePoints(), NumberCells.signed(figure.changePoints()));
				}
				else if (!figure.changeInPoints() && figure.changePercent() != null) {
					BigDecimal fraction = figure.changePercent().movePointLeft(2);
					number(sheet, r, 3, fraction, NumberCells.signedPercent(figure.changePercent()));
				}
				if (figure.unit() != null) {
					sheet.value(r, 4, figure.unit());
				}
				r++;
			}
			r++;
		}
		for (ReportSection.Row row : section.rows()) {
			r = pair(sheet, r, row.label(), row.value());
		}
		ReportSection.Table table = section.table();
		if (table != null && !table.rows().isEmpty()) {
			r = section.rows().isEmpty() ? r : r + 1;
			headerRow(sheet, r++, table.columns());
			for (List<String> row : table.rows()) {
				for (int c = 0; c < row.size(); c++) {
					text(sheet, r, c, row.get(c));
				}
				r++;
			}
		}
		if (section.note() != null) {
			sheet.value(r + 1, 0, section.note());
		}
		sheet.width(0, 24);
		sheet.width(1, 30);
	}

	private static void headerRow(Worksheet sheet, int r, List<String> labels) {
		for (int c = 0; c < labels.size(); c++) {
			sheet.value(r, c, labels.get(c));
			sheet.style(r, c).bold().fillColor("EEF2F7").set();
		}
	}

	private static int pair(Worksheet sheet, int r, String label, String value) {
		sheet.value(r, 0, label);
		sheet.style(r, 0).bold().set();
		if (!text(sheet, r, 1, value)) {
			sheet.style(r, 1).wrapText(true).set();
		}
		return r + 1;
	}

	/**
	 * Writes a text, as a number with its format when it is one (a count, an amount, a
	 * percentage), so that Excel can add it up; answers whether it was a number.
	 */
	private static boolean text(Worksheet sheet, int r, int c, String text) {
		NumberCells.Parsed number = NumberCells.parse(text);
		if (number == null) {
			sheet.value(r, c, text);
			return false;
		}
		number(sheet, r, c, number.value(), number.format());
		return true;
	}

	private static void number(Worksheet sheet, int r, int c, BigDecimal value, String format) {
		sheet.value(r, c, value);
		sheet.style(r, c).format(format).set();
	}

	private static String orNone(String text, ReportDocument report) {
		return text == null ? report.label("report.none") : text;
	}

	/** Excel forbids : \ / ? * [ ] in sheet names and wants them unique. */
	static String sheetName(String title, Set<String> taken) {
		String base = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
		if (base.isEmpty()) {
			base = "Sheet";
		}
		base = base.length() > SHEET_NAME ? base.substring(0, SHEET_NAME) : base;
		String name = base;
		for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
			String suffix = " (" + i + ")";
			name = base.substring(0, Math.min(base.length(), SHEET_NAME - suffix.length())) + suffix;
		}
		return name;
	}

}
