package org.kam.report.document;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.kam.report.ReportSection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes a report as PDF (A4) with an embedded CJK font, so Chinese renders on any
 * reader. The font is Debian's fonts-wqy-microhei unless {@code kam.report.font}
 * ({@code KAM_REPORT_FONT}) names another TrueType file or collection entry.
 */
@Component
public class PdfReportWriter {

	static final String DEFAULT_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0";

	private static final Color HEADING = new Color(0x1f, 0x3a, 0x5f);

	private static final Color SHADE = new Color(0xee, 0xf2, 0xf7);

	private final String fontName;

	private volatile BaseFont font;

	PdfReportWriter(@Value("${kam.report.font:" + DEFAULT_FONT + "}") String fontName) {
		this.fontName = fontName;
	}

	public void write(ReportDocument report, OutputStream out) {
		BaseFont base = font();
		Font title = new Font(base, 16, Font.BOLD, HEADING);
		Font heading = new Font(base, 12, Font.BOLD, HEADING);
		Font body = new Font(base, 10);
		Font small = new Font(base, 8, Font.NORMAL, Color.DARK_GRAY);
		Font bold = new Font(base, 10, Font.BOLD);
		Document document = new Document(PageSize.A4, 48, 48, 48, 48);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(report.accountName() + " · " + report.title());
			document.addCreator("KAM");
			document.open();
			document.add(new Paragraph(report.accountName(), title));
			document.add(new Paragraph(report.title(), heading));
			document.add(new Paragraph(report.label("report.document.meta", report.periodDates(),
					Long.toString(report.version()), report.generatedAt()), small));
			if (report.provisional()) {
				document.add(new Paragraph(report.label("report.document.provisional"), small));
			}
			text(document, report.label("report.field.summary"), report.summary(), report, heading, body);
			for (ReportSection section : report.sections()) {
				section(document, section, report, heading, body, bold, small);
			}
			text(document, report.label("report.field.problemsAndSolutions"), report.problemsAndSolutions(), report,
					heading, body);
			document.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("Could not write the PDF report", e);
		}
	}

	private static void text(Document document, String title, String text, ReportDocument report, Font heading,
			Font body) {
		document.add(spaced(new Paragraph(title, heading)));
		document.add(new Paragraph(text == null ? report.label("report.none") : text, body));
	}

	private static void section(Document document, ReportSection section, ReportDocument report, Font heading,
			Font body, Font bold, Font small) {
		document.add(spaced(new Paragraph(section.title(), heading)));
		if (!section.figures().isEmpty()) {
			PdfPTable figures = table(4);
			header(figures, bold, report.label("report.figure.label"), report.label("report.figure.current"),
					report.label("report.figure.previous"), report.label("report.figure.change"));
			for (ReportSection.Figure figure : section.figures()) {
				cell(figures, figure.label(), body, Element.ALIGN_LEFT);
				cell(figures, report.amount(figure.current(), figure.unit()), body, Element.ALIGN_RIGHT);
				cell(figures, report.amount(figure.previous(), figure.unit()), body, Element.ALIGN_RIGHT);
				cell(figures, report.change(figure), body, Element.ALIGN_RIGHT);
			}
			document.add(figures);
		}
		if (!section.rows().isEmpty()) {
			PdfPTable rows = table(2);
			rows.setWidths(new float[] { 1, 2 });
			for (ReportSection.Row row : section.rows()) {
				cell(rows, row.label(), bold, Element.ALIGN_LEFT).setBackgroundColor(SHADE);
				cell(rows, row.value(), body, Element.ALIGN_LEFT);
			}
			document.add(rows);
		}
		ReportSection.Table table = section.table();
		if (table != null && !table.rows().isEmpty()) {
			PdfPTable grid = table(table.columns().size());
			header(grid, bold, table.columns().toArray(String[]::new));
			grid.setHeaderRows(1);
			for (var row : table.rows()) {
				for (String value : row) {
					cell(grid, value, body, Element.ALIGN_LEFT);
				}
			}
			document.add(grid);
		}
		if (section.note() != null) {
			document.add(new Paragraph(section.note(), small));
		}
	}

	private static Paragraph spaced(Paragraph paragraph) {
		paragraph.setSpacingBefore(12);
		paragraph.setSpacingAfter(4);
		return paragraph;
	}

	private static PdfPTable table(int columns) {
		PdfPTable table = new PdfPTable(columns);
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setSpacingAfter(4);
		return table;
	}

	private static void header(PdfPTable table, Font font, String... labels) {
		for (String label : labels) {
			cell(table, label, font, Element.ALIGN_LEFT).setBackgroundColor(SHADE);
		}
	}

	private static PdfPCell cell(PdfPTable table, String text, Font font, int align) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(align);
		cell.setPadding(4);
		cell.setBorderColor(Color.LIGHT_GRAY);
		table.addCell(cell);
		return cell;
	}

	/** The CJK font, loaded once; a clear error when it is not installed. */
	BaseFont font() {
		BaseFont loaded = font;
		if (loaded == null) {
			String file = fontName.contains(".ttc,") ? fontName.substring(0, fontName.lastIndexOf(',')) : fontName;
			if (!Files.isReadable(Path.of(file))) {
				throw new ReportFontMissingException("PDF reports need a CJK font and " + file
						+ " is missing: install Debian's fonts-wqy-microhei (apt-get install fonts-wqy-microhei)"
						+ " or point KAM_REPORT_FONT at another TrueType font", null);
			}
			try {
				loaded = BaseFont.createFont(fontName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			}
			catch (DocumentException | IOException e) {
				throw new ReportFontMissingException("PDF reports could not load the CJK font " + fontName + ": "
						+ e.getMessage() + " (install fonts-wqy-microhei or set KAM_REPORT_FONT)", e);
			}
			font = loaded;
		}
		return loaded;
	}

}
